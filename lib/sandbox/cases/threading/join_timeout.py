# threading: join(timeout) returns without the thread finishing; is_alive() tells which
import threading
import time

def slow():
    time.sleep(0.5)
    print("slow: done")

start = time.perf_counter()
t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.2)
print(f"after join(0.2): alive={t.is_alive()} t={time.perf_counter() - start:.1f}")
t.join()
print(f"after join(): alive={t.is_alive()} t={time.perf_counter() - start:.1f}")
