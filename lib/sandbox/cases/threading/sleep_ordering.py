# threading: threads that sleep different amounts report in order of their wake-up times
import threading
import time

start = time.perf_counter()

def napper(name, secs):
    time.sleep(secs)
    print(f"{name} woke after {time.perf_counter() - start:.1f}s")

threads = [threading.Thread(target=napper, args=(n, s)) for n, s in [("slow", 0.4), ("fast", 0.1), ("medium", 0.2)]]
for t in threads:
    t.start()
print("main: started all")
for t in threads:
    t.join()
print(f"main: total {time.perf_counter() - start:.1f}s (sleeps overlap)")
