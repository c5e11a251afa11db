# futures: ProcessPoolExecutor.map runs work in other processes and keeps input order
from concurrent.futures import ProcessPoolExecutor
import time

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def slow_double(x):
    time.sleep(0.2)
    return 2 * x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(collatz_steps, [6, 7, 27, 97, 871])))
        fut = ex.submit(slow_double, 21)
        print("submit ->", fut.result())
        print(list(ex.map(slow_double, range(4))))
