# object.__new__ and int.__new__ called for a class, and a class statement's namespace: __module__ in its __dict__, __qualname__ through functions and classes, __doc__ of its own, __annotations__ only when it annotates
class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"


class Plain:
    def __init__(self):
        self.x = 1


o = object.__new__(Plain)
print(type(o).__name__, hasattr(o, "x"))
c = int.__new__(Count, 5)
print(type(c).__name__, c, c + 1, repr(c), int.__new__(Count, "7"), isinstance(c, int))
t = str.__new__(type("Label", (str,), {}), "hi")
print(type(t).__name__, t.upper())


class E:
    """doc"""

    a: int = 3

    def m(self):
        pass

    class Inner:
        pass


print("__module__" in E.__dict__, E.__module__, E.__qualname__, E.Inner.__qualname__, E.m.__qualname__)
print([k for k in E.__dict__ if k in ("__module__", "__qualname__", "__doc__", "__annotations__")])
print("__annotations__" in dir(E), "__annotations__" in dir(E()), E.__annotations__)


def f():
    class L:
        pass

    return L


print(f().__qualname__, f().__module__)


class Base:
    x: int


class Child(Base):
    pass


print(Child.__annotations__, Base.__annotations__, "__annotations__" in Child.__dict__, "__annotations__" in vars(Base))


class NoAnn:
    def m(self):
        pass


print("__annotations__" in NoAnn.__dict__, "__module__" in vars(NoAnn), NoAnn().__module__, NoAnn.m.__module__)


class Moved:
    __module__ = "elsewhere"


print(Moved.__module__, Moved.__dict__["__module__"], repr(Moved))


def g():
    class Local:
        class Deep:
            def h(self):
                class Deeper:
                    pass

                return Deeper

    return Local


print(g().Deep.__qualname__, g().Deep().h().__qualname__)


class Cond:
    if True:
        y: str = "a"


print(Cond.__annotations__)


class Documented:
    """the base"""


class Undocumented(Documented):
    pass


print(Undocumented.__doc__, Undocumented().__doc__, Documented().__doc__)
