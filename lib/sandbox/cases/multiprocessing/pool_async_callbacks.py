# Pool: map_async, apply_async with callback/error_callback (run in the result handler thread before get() returns), ready/successful, imap, starmap, pickling errors
import multiprocessing as mp

def without_address(text):
    # "<function <lambda> at 0x7f...>" → "<function <lambda>>": addresses differ run to run
    at = text.find(" at 0x")
    return text if at < 0 else text[:at] + text[text.index(">", at):]

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

def add(a, b):
    return a + b

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.map_async(square, range(6))
        print(r.get(), r.ready(), r.successful())
        got = []
        a = pool.apply_async(square, (7,), callback=got.append)
        print(a.get(), got, a.ready(), a.successful())
        errors = []
        e = pool.apply_async(fail, (1,), error_callback=errors.append)
        try:
            e.get()
        except ValueError as exc:
            print("get raised", exc, "| error_callback got", repr(errors[0]), e.successful())
        m = pool.map_async(fail, [5], error_callback=lambda ex: print("map error_callback", repr(ex)))
        m.wait()
        print("map_async ready", m.ready(), m.successful())
        done = []
        pool.map_async(square, [1, 2, 3], callback=done.append).wait()
        print(done)
        print(list(pool.imap(square, range(5))), sorted(pool.imap_unordered(square, range(5))))
        print(pool.starmap(add, [(1, 2), (3, 4)]), pool.apply(add, (5, 6)), pool.map(square, []))
        try:
            pool.map(lambda x: x, [1])
        except Exception as exc:
            print(type(exc).__name__, without_address(str(exc)))
    try:
        pool.map(square, [1])
    except ValueError as exc:
        print(exc)
