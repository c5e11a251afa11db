# functools.total_ordering from any one ordering, wraps(updated=...), zip_longest stops asking exhausted iterators
import functools
from itertools import zip_longest


def make(root):
    class V:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            return isinstance(other, V) and self.n == other.n

        def __repr__(self):
            return f"V({self.n})"

    def compare(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return {'__lt__': self.n < other.n, '__le__': self.n <= other.n, '__gt__': self.n > other.n, '__ge__': self.n >= other.n}[root]

    setattr(V, root, compare)
    return functools.total_ordering(V)


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    V = make(root)
    a, b, c = V(1), V(2), V(2)
    print(root, a < b, a <= b, a > b, a >= b, b < c, b <= c, b > c, b >= c, b > a, b >= a, sorted([V(3), a, b]))


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __gt__(self, other):
        return self.parts > other.parts


print(Version("1.2") < Version("1.10"), Version("2.0") <= Version("2.0"), Version("3.1") >= Version("3.0"), Version.__lt__.__name__)
try:
    Version("1") < 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def tagged(f):
    f.tag = "slow"
    f.calls = 0
    return f


@tagged
def work(x):
    """Doubles x."""
    return 2 * x


def logged(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner


w = logged(work)
print(w(4), w.__name__, w.__doc__, w.tag, w.calls, w.__wrapped__ is work, sorted(k for k in w.__dict__ if not k.startswith("__")))


def no_update(f):
    @functools.wraps(f, updated=())
    def inner(*args):
        return f(*args)
    return inner


print(hasattr(no_update(work), "tag"), no_update(work).__name__)


class Counting:
    def __init__(self, items):
        self.items = list(items)
        self.asked = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.asked += 1
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


short, long = Counting("ab"), Counting("wxyz")
print(list(zip_longest(short, long, fillvalue="-")), short.asked, long.asked)
print(list(zip_longest([1, 2, 3], "ab", [], fillvalue=0)), list(zip_longest()))
