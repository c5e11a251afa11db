# errors: Executor.map re-raises a worker's exception while the caller iterates the results
from concurrent.futures import ThreadPoolExecutor

def invert(x):
    return 10 // x

with ThreadPoolExecutor(max_workers=2) as ex:
    for r in ex.map(invert, [1, 2, 0, 5]):
        print("result", r)
