# futures: ThreadPoolExecutor.submit returns Futures; result() blocks until the value is ready
from concurrent.futures import ThreadPoolExecutor
import threading
import time

def slow_square(n):
    time.sleep(0.1 * n)
    return n * n

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(slow_square, n) for n in (3, 1, 2)]
    print("submitted; first done?", futures[0].done())
    print("results:", [f.result() for f in futures])
    print(f"elapsed {time.perf_counter() - start:.1f}s")
    print("all done:", all(f.done() for f in futures))
    name = ex.submit(lambda: threading.current_thread().name).result()
    print("worker name prefix:", name.rsplit("_", 1)[0])
print("shutdown complete")
