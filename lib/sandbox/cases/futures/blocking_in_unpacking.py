# A blocking call inside an iterator that an unpacking or a star-argument drains: the waiting
# thread parks and the pool's workers run, as when a for loop drains it.
import time
from concurrent.futures import ThreadPoolExecutor


def slow_square(x):
    time.sleep(0.2)
    return x * x


def slow_gen(n):
    for i in range(n):
        time.sleep(0.1)
        yield i


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    low, high = pool.map(slow_square, [3, 4])
    print("unpacked", low, high)
    first, *rest = pool.map(slow_square, [1, 2, 3])
    print("starred", first, rest)
    print("star-args", *pool.map(slow_square, [5, 6]))
    print("display", [*map(slow_square, [7])], (*slow_gen(2),))
    a, b = slow_gen(2)
    print("generator", a, b)
print(f"took {time.perf_counter() - start:.1f}s")

try:
    x, y = slow_gen(3)
except ValueError as e:
    print(e)
try:
    x, y, z = map(slow_square, [1, 2])
except ValueError as e:
    print(e)
