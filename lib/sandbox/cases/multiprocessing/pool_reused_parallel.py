# a Pool used before still runs sleeping jobs in parallel (apply, map, apply_async, imap_unordered), and map() cuts its input in chunks of len / (4 * workers)
import multiprocessing as mp
import time

def slow(x):
    time.sleep(0.2)
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.apply(slow, (1,)))
        t0 = time.time()
        print(pool.map(slow, range(4)), f"{time.time() - t0:.1f}")
        t0 = time.time()
        rs = [pool.apply_async(slow, (i,)) for i in range(4)]
        print([r.get() for r in rs], f"{time.time() - t0:.1f}")
        t0 = time.time()
        print(sorted(pool.imap_unordered(slow, range(4))), f"{time.time() - t0:.1f}")
        t0 = time.time()
        # 10 items, 2 workers: chunks of 2, so three rounds of two chunks (0.4 s each)
        print(pool.map(slow, range(10)), f"{time.time() - t0:.1f}")
        t0 = time.time()
        print(pool.map(slow, range(6), chunksize=3), f"{time.time() - t0:.1f}")
