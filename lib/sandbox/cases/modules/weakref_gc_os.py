# modules: weakref (ref, WeakValueDictionary, WeakSet, proxy, finalize at exit), gc flags, os facts and os.path, atexit order
import weakref, gc, os, atexit

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

a = Node("a")
r = weakref.ref(a)
print(r() is a, r() == a, r == weakref.ref(a), hash(r) == hash(a), type(r).__name__, callable(r))
for bad in (1, "s", [], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
cache = weakref.WeakValueDictionary()
cache["a"] = a
print("a" in cache, cache["a"], len(cache), cache.get("zz"), sorted(cache.keys()))
ws = weakref.WeakSet([a])
print(a in ws, len(ws))
p = weakref.proxy(a)
print(p.name, str(p))
f = weakref.finalize(a, print, "finalizer ran for", "a")
print(f.alive, f.peek()[1] is print)
f()
print(f.alive, f())
node_b, node_c = Node("b"), Node("c")
g = weakref.finalize(node_b, print, "at exit: b")
h = weakref.finalize(node_c, print, "at exit: c")
h.atexit = True
print(gc.isenabled(), gc.collect(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(os.sep, os.pathsep, repr(os.linesep), os.name, os.curdir, os.pardir, os.devnull, os.cpu_count() >= 1, isinstance(os.getpid(), int))
print(os.path.join("a", "b", "/c", "d"), os.path.splitext("x/y.tar.gz"), os.path.splitext(".bashrc"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c.txt"))
print(os.path.split("/a/b"), os.path.split("/a"), os.path.normpath("a//b/../c/./d"), os.path.normpath("/../x"), os.path.isabs("/x"), os.path.commonprefix(["/ab/c", "/ab/d"]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.relpath("/a/b/c", "/a/x"), os.environ.get("NOPE", "dflt"), os.getenv("NOPE"), hasattr(os, "process_cpu_count"))
os.environ["MY_VAR"] = "1"
print(os.environ["MY_VAR"], os.getenv("MY_VAR"), "MY_VAR" in os.environ)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
@atexit.register
def bye():
    print("atexit: bye")
atexit.register(print, "atexit: registered with args", 1)
atexit.register(print, "atexit: unregistered")
atexit.unregister(print)
atexit.register(print, "atexit: last registered, first run")
print("end of program")
