# lang: a class's own __delattr__ runs for del and delattr(), also when assigned after the class is made; object.__delattr__ inside it deletes
class A:
    def __delattr__(self, name):
        raise AttributeError("nope " + name)
class B:
    pass
def d(self, name):
    raise AttributeError("dyn " + name)
B.__delattr__ = d
for o in (A(), B()):
    try:
        delattr(o, "x")
    except AttributeError as e:
        print(e)
    try:
        del o.x
    except AttributeError as e:
        print(e)
class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("a is protected")
        print("deleting", name)
        object.__delattr__(self, name)


g = Guarded()
del g.b
print(hasattr(g, "b"), vars(g))
try:
    del g.a
except AttributeError as e:
    print(e)
try:
    del g.c
except AttributeError as e:
    print(e)
class Sub(Guarded):
    def __delattr__(self, name):
        print("sub", name)
        super().__delattr__(name)
s = Sub()
del s.b
print(vars(s))
