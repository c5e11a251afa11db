# a class's own __getattribute__ sees every lookup; __getattr__ runs after its AttributeError; object.__getattribute__ skips __getattr__
class Audited:
    cls_attr = 5
    def __init__(self):
        self.secret = 1
    def __getattribute__(self, name):
        print("reading", name)
        return super().__getattribute__(name)
    def m(self):
        return self.secret
a = Audited()
for i in range(3):
    a.secret
print(a.m())
print(a.cls_attr)
class G2:
    def __getattribute__(self, name):
        if name == "x": return 10
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = G2()
print(g.x, g.y, getattr(g, "z", 0), hasattr(g, "q"))
class G3:
    def __getattribute__(self, name):
        raise AttributeError("nope " + name)
try:
    G3().foo
except AttributeError as e:
    print(e)
print(getattr(G3(), "foo", "dflt"))
class P:
    def __getattr__(self, n): return n
try:
    object.__getattribute__(P(), "zzz")
except AttributeError as e:
    print(e)
class Sub(Audited):
    pass
s = Sub()
print(s.secret)
