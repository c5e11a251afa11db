# futures: Executor.map yields results in input order even when later items finish first
from concurrent.futures import ThreadPoolExecutor
import time

def task(secs):
    time.sleep(secs)
    print(f"finished sleeping {secs}")
    return secs * 10

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as ex:
    for result in ex.map(task, [0.3, 0.1, 0.2]):
        print(f"map yielded {result:.0f} at {time.perf_counter() - start:.1f}s")
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
