# a blocking call inside a callback run by native code parks the thread (other threads run meanwhile): sort keys, map/filter/zip, set()/join() of generators, __lt__, __str__, properties, exceptions
import threading
import time

def slow(x):
    time.sleep(0.1)
    return -x

def ticks(n):
    for i in range(n):
        time.sleep(0.1)
        yield i

def section(label, f):
    t0 = time.time()
    result = f()
    print(label, result, f"{time.time() - t0:.1f}")

section("sorted key", lambda: sorted([3, 1, 2], key=slow))
section("map over generator", lambda: list(map(slow, ticks(1))))
section("nested key", lambda: sorted([1], key=lambda x: max([5, x], key=slow)))
section("set and join", lambda: (set(ticks(2)), "".join(str(i) for i in ticks(1))))
section("min and any", lambda: (min(ticks(1)), any(x > 0 for x in ticks(3))))
section("zip", lambda: list(zip(ticks(1), ticks(2))))
section("enumerate and filter", lambda: (list(enumerate(ticks(1))), tuple(filter(lambda x: slow(x) < -1, range(2)))))

class Slow:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        time.sleep(0.05)
        return self.v < other.v
    def __str__(self):
        time.sleep(0.1)
        return f"S{self.v}"
    @property
    def tens(self):
        time.sleep(0.1)
        return self.v * 10

section("__lt__", lambda: [s.v for s in sorted([Slow(3), Slow(1), Slow(2)])])
section("__str__ and property", lambda: (str(Slow(7)), getattr(Slow(4), "tens")))

for v in map(slow, [1, 2]):
    print("for", v)

def boom(x):
    time.sleep(0.1)
    if x == 2:
        raise ValueError("boom at 2")
    return x

for call in [lambda: list(map(boom, [1, 2, 3])), lambda: sorted([1, 2, 3], key=boom)]:
    try:
        call()
    except ValueError as e:
        print("caught", e)

# three threads sort with a sleeping key at the same time: 0.3 s, not 0.9 s
results = []
def worker(name):
    results.append((name, sorted([3, 1, 2], key=slow)))
t0 = time.time()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), f"{time.time() - t0:.1f}")
