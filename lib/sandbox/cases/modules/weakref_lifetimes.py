# weak references die with their object: at once when the last reference goes, at gc.collect()
# for objects on a reference cycle; callbacks and __del__ run, weak containers drop entries
import gc, weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return f"Node({self.name})"


class Noisy(Node):
    def __del__(self):
        print("del", self.name)


died = []
a = Node("a")
r = weakref.ref(a, lambda ref: died.append("a"))
holder = [a]
del a
print(r(), died)              # still held by the list
holder.clear()
print(r(), died)              # gone, callback ran

b = Noisy("b")
rb = weakref.ref(b)
b = None
print(rb())

c, d = Node("c"), Node("d")
c.peer, d.peer = d, c         # a cycle
rc = weakref.ref(c)
del c, d
print(rc())                   # reference counting cannot free a cycle
print(gc.collect() >= 1, rc())

cache = weakref.WeakValueDictionary()
keep = Node("keep")
cache["keep"] = keep
cache["temp"] = Node("temp")
print(sorted(cache.keys()), len(cache), "temp" in cache, cache.get("temp", "missing"))

owners = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
owners[k1] = 1
owners[k2] = 2
del k2
print(len(owners), [n.name for n in owners.keys()], owners[k1])

members = weakref.WeakSet([Node("x"), keep])
print(len(members), keep in members)

p = weakref.proxy(keep)
print(p.name)
del keep
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
print(len(cache), len(members))


def make():
    local = Noisy("local")
    return weakref.ref(local)


r2 = make()
print(r2())
