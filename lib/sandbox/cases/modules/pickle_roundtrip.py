# pickle: protocol 4's bytes for the builtin types, memo and shared/recursive structures, protocols 2 and 5, classes by reference, instances by NEWOBJ+BUILD, __reduce__, __getstate__/__setstate__, the errors for lambdas and local functions, dump/load on BytesIO
import pickle

class Invoice:
    def __init__(self, number, due):
        self.number, self.due = number, due
    def __repr__(self):
        return f"Invoice({self.number}, {self.due!r})"

values = [None, True, False, 0, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**70, -2**70, 1.5, -0.0, 1e300, float("inf"),
          "", "héllo", "x" * 300, b"", b"\x00\xff", (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {"a": 1},
          {"a": 1, "b": [2, 3]}, {1, 2, 3}, frozenset({4, 5}), set(), Invoice(7, "2025-01-31")]
for v in values:
    blob = pickle.dumps(v)
    back = pickle.loads(blob)
    print(blob, repr(back) == repr(v))
shared = [1, 2]
pair = [shared, shared]
copy = pickle.loads(pickle.dumps(pair))
print(copy[0] is copy[1], copy)
loop = []
loop.append(loop)
again = pickle.loads(pickle.dumps(loop))
print(again[0] is again)
print(pickle.dumps([1, 2], protocol=2), pickle.dumps({"k": (1, "v")}, protocol=5))
print(pickle.dumps(list(range(5))))
print(pickle.loads(pickle.dumps(Invoice)) is Invoice, pickle.dumps(Invoice))
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print("PicklingError", str(e).split(" at ")[0])
def outer():
    def inner():
        pass
    return inner
try:
    pickle.dumps(outer())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None
w = pickle.loads(pickle.dumps(WithState()))
print(w.a, w.cache)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Point, (self.x, self.y))
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(p.x, p.y, pickle.dumps(Point(1, 2)))
import io
buf = io.BytesIO()
pickle.dump({"z": 1}, buf)
buf.seek(0)
print(pickle.load(buf))
try:
    pickle.loads(pickle.dumps([1, 2])[:-3])
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
class Renamed:
    pass
Renamed.__qualname__ = "Nope"
try:
    pickle.dumps(Renamed)
except pickle.PicklingError as e:
    print(e)
from datetime import date
restored = pickle.loads(pickle.dumps({"inv": Invoice(7, date(2025, 1, 31)), "tags": {"urgent"}}))
print(type(restored["inv"]).__name__, restored["inv"].due, restored["tags"])
