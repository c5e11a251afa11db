# threading: sleeping releases the GIL, so five 0.3 s sleeps in threads take 0.3 s, not 1.5 s
import threading
import time

start = time.perf_counter()
for _ in range(3):
    time.sleep(0.1)
print(f"sequential: {time.perf_counter() - start:.1f}s")
start = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.3,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"threaded: {time.perf_counter() - start:.1f}s")
