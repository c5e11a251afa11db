# dir() of classes and instances: object's attributes, __class__, __dict__ and __weakref__ of a class statement (not with __slots__), __annotations__ when the class annotates or was asked for it, a __dir__ of its own
class E:
    a: int = 3
    b: str
    def m(self): pass
class F(E):
    pass
class G:
    pass
print(dir(E))
print(dir(E()))
print([n for n in dir(F) if n.startswith("__a")], [n for n in dir(G) if n.startswith("__a")])
G.__annotations__
print([n for n in dir(G) if n.startswith("__a")], [n for n in dir(G()) if n.startswith("__a")])
print(set(dir(E)) - set(dir(object)))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(WithDir()))
class Slotted:
    __slots__ = ("p",)
print([n for n in dir(Slotted) if n in ("__dict__", "__weakref__", "p", "__slots__")])
class Sub(E):
    c: float = 1.0
print(Sub.__annotations__, [n for n in dir(Sub()) if not n.startswith("__") or n in ("__annotations__", "__dict__")])
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: int = 0
print([n for n in dir(P) if not n.startswith("_") or n in ("__annotations__", "__dataclass_fields__")])
