# futures: an exception in a worker is stored in the Future and re-raised by result()
from concurrent.futures import ThreadPoolExecutor
import time

def risky(n):
    time.sleep(0.1)
    if n == 2:
        raise ValueError(f"bad value {n}")
    return n

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(risky, 2)
    print("exception():", repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result() raised:", e)
    print("done:", f.done(), "cancelled:", f.cancelled())
    results = ex.map(risky, [0, 1, 2, 3])
    try:
        for r in results:
            print("map result", r)
    except ValueError as e:
        print("map stopped with:", e)
    try:
        ex.submit(risky, 1).result(timeout=0.01)
    except TimeoutError as e:
        print("result(timeout) raised", type(e).__name__)
