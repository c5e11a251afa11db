# modules: sys.getsizeof follows CPython 3.11's sizes for ints, floats, str by width, bytes, tuples, lists built in one go, dicts and sets as they grow, instances and __sizeof__; tracemalloc's API
import sys
import tracemalloc
print('int', [sys.getsizeof(x) for x in (0, 1, -1, 2**30-1, 2**30, 2**60-1, 2**60, 2**90, 10**100, True, False)])
print('float', sys.getsizeof(1.5), 'None', sys.getsizeof(None), 'obj', sys.getsizeof(object()))
print('str', [sys.getsizeof(s) for s in ('', 'a', 'ab', 'a'*100, 'é', 'éé', 'aé', '€', '€€', '😀', '😀a', 'a'*1000, 'hello world')])
print('bytes', [sys.getsizeof(b) for b in (b'', b'a', b'abc')])
a, b = 1, 2
print('list', sys.getsizeof([]), sys.getsizeof([a]), sys.getsizeof([a, b]), sys.getsizeof([a, b, a, b]))
print('tuple', [sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 3, 10)])
print('dict', [sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 42, 43, 85, 86, 100)])
print('dict str', [sys.getsizeof({str(i): i for i in range(n)}) for n in (1, 5, 6, 10, 11, 21, 22, 100)])
d = {}
sizes = []
for i in range(12):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print('dict grows', sizes)
print('set', [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 10, 18, 19, 50, 76, 77, 100)], sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset()))
print('range', sys.getsizeof(range(10)), 'func', sys.getsizeof(lambda: 0))
class Plain:
    pass
class Sized:
    def __sizeof__(self):
        return 100
print('instance', sys.getsizeof(Plain()), 'custom', sys.getsizeof(Sized()))
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
data = [0] * 100000
current, peak = tracemalloc.get_traced_memory()
print(tracemalloc.is_tracing(), 700000 < current < 1000000, peak >= current)
snap = tracemalloc.take_snapshot()
print(type(snap.statistics("lineno")).__name__)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
