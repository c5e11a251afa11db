# The VM's attribute, method and call caches give what a fresh lookup gives: a class changed after a cache was filled, a deleted or shadowing instance attribute, list.append and dict.get on subclasses
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def bump(self):
        self.x = self.x + 1
        return self.x


ps = [P(i) for i in range(3)]
total = 0
for p in ps:
    total += p.get() + p.bump()
print(total, [p.x for p in ps])


def read(p):
    return p.x


a = P(5)
print([read(a) for _ in range(3)])
P.x = property(lambda self: "the property wins")
print(read(a), a.get())
del P.x
print(read(a))
del a.x
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 7
a.get = lambda: "an instance attribute shadows the method"
print(a.get(), P.get(a))
P.get = lambda self: ("replaced", self.x)
print(P(3).get())


def store(p, v):
    p.x = v


class Q(P):
    pass


q = Q(1)
for v in range(3):
    store(q, v)
print(q.x)
Q.x = property(lambda self: 42, lambda self, v: print("the setter got", v))
store(q, 9)
print(q.x, q.__dict__)


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


print([Pt(i, -i).norm1() for i in range(4)])


class L(list):
    pass


l = L()
for i in range(4):
    l.append(i * i)
print(l, type(l).__name__)


class D(dict):
    def __missing__(self, k):
        return "missing"


d = D(a=1)
print(d.get("a"), d.get("b"), d.get("b", 0), d["b"])
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
try:
    counts.get([1])
except TypeError as e:
    print("TypeError:", e)
