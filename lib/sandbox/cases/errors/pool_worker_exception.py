# an exception in a Pool worker is re-raised by map() with the worker's traceback as its cause (multiprocessing.pool.RemoteTraceback)
import multiprocessing as mp

def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(check, [1, 2]))
        pool.map(check, [-1])
