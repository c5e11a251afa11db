# Pool: close() then join() waits for the jobs in hand, imap re-raising a worker's exception mid-loop (a for loop parked in a Python __next__), chunked imap/imap_unordered, a failing input iterator, timeouts, ready/successful, the pool's errors
import multiprocessing as mp
import threading
import time

def sq(x):
    time.sleep(0.05)
    return x * x

def bad(x):
    if x == 3:
        raise KeyError(x)
    return x

def gen():
    yield 1
    yield 2
    raise RuntimeError("input broke")

def add(a, b):
    return a + b

if __name__ == "__main__":
    pool = mp.Pool(2)
    print(repr(pool))
    print(sorted(t.name.split(" ", 1)[1] for t in threading.enumerate() if t.name != "MainThread"))
    r = pool.map_async(sq, range(7), chunksize=2)
    pool.close()
    print(repr(pool))
    pool.join()
    print(r.get(), r.ready())
    try:
        pool.apply(sq, (1,))
    except ValueError as e:
        print("after close:", e)
    with mp.Pool(3) as p:
        it = p.imap(bad, range(5))
        out = []
        try:
            for v in it:
                out.append(v)
        except KeyError as e:
            print("imap raised", repr(e), out, type(e.__cause__).__name__)
        print(list(p.imap(sq, range(6), chunksize=4)))
        print(sorted(p.imap_unordered(sq, range(6), chunksize=4)))
        try:
            list(p.imap(sq, gen()))
        except RuntimeError as e:
            print("gen:", e)
        print(p.starmap(add, [(i, i) for i in range(5)]))
        a = p.apply_async(sq, (3,))
        try:
            a.successful()
        except ValueError as e:
            print("successful:", str(e).split(" object")[0])
        try:
            p.apply_async(time.sleep, (0.5,)).get(timeout=0.1)
        except mp.TimeoutError as e:
            print("timeout", type(e).__name__)
        try:
            p.imap(sq, [1], chunksize=0)
        except ValueError as e:
            print(e)
        try:
            p.imap_unordered(sq, [1], chunksize=0)
        except ValueError as e:
            print(e)
        try:
            p.join()
        except ValueError as e:
            print(e)
        got = []
        print(p.map_async(sq, [], callback=got.append).get(), got)
        print(p.map(bad, range(3)))
        try:
            p.map(bad, range(8))
        except KeyError as e:
            print("map", repr(e))
        try:
            mp.Pool(0)
        except ValueError as e:
            print(e)
