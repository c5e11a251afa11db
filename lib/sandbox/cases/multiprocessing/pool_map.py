# multiprocessing: Pool.map and starmap keep input order; apply_async returns an AsyncResult
import multiprocessing as mp
import time

def square(x):
    time.sleep(0.05 * (5 - x))
    return x * x

def power(base, exp):
    return base ** exp

if __name__ == "__main__":
    with mp.Pool(processes=2) as pool:
        print(pool.map(square, range(6)))
        print(pool.starmap(power, [(2, 10), (3, 3), (10, 2)]))
        print(sorted(pool.imap_unordered(square, [1, 2, 3])))
        ar = pool.apply_async(power, (7, 2))
        print(type(ar).__name__, ar.get(timeout=5), ar.successful())
        print(list(pool.imap(square, [4, 3])))
