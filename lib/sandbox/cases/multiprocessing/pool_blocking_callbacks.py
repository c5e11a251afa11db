# blocking calls inside callbacks run by native code: sorted() of a pool's results, key functions that sleep or wait on the pool, map() over a blocking function
import multiprocessing as mp
import time

def slow(x):
    time.sleep(0.2)
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        t0 = time.time()
        print(sorted(set(pool.map(slow, [3, 1, 3, 2]))), f"{time.time() - t0:.1f}")
        t0 = time.time()
        print(sorted([3, 1, 2], key=lambda x: slow(-x)), f"{time.time() - t0:.1f}")
        t0 = time.time()
        print(sorted([3, 1, 2], key=lambda x: pool.apply(slow, (x,))), f"{time.time() - t0:.1f}")
        t0 = time.time()
        print(list(map(lambda x: pool.apply(slow, (x,)), [1, 2])), max([1, 5, 2], key=slow), f"{time.time() - t0:.1f}")
        t0 = time.time()
        print(min(pool.imap(slow, [4, 2, 6])), sum(slow(x) for x in range(3)), f"{time.time() - t0:.1f}")
