# threading: Timer runs a function after a delay; a cancelled Timer never runs
import threading
import time

start = time.perf_counter()

def ring(msg):
    print(f"{msg} at {time.perf_counter() - start:.1f}s in {threading.current_thread().name}")

t1 = threading.Timer(0.3, ring, args=("slow timer",))
t2 = threading.Timer(0.1, ring, args=("fast timer",))
t3 = threading.Timer(0.2, ring, args=("cancelled timer",))
for t in (t1, t2, t3):
    t.start()
t3.cancel()
print("timers started:", t1.name, t2.name, t3.name)
for t in (t1, t2, t3):
    t.join()
print(f"all joined at {time.perf_counter() - start:.1f}s")
