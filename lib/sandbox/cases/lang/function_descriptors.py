# functions, staticmethods, classmethods and properties bind through __get__; bound methods compare and hash by (self, function)
class Greeter:
    def hello(self):
        return "hi"
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 42

g = Greeter()
bound = Greeter.__dict__["hello"].__get__(g, Greeter)
print(bound(), bound == g.hello)
print(Greeter.__dict__["hello"].__get__(None, Greeter) is Greeter.__dict__["hello"])
print(Greeter.__dict__["s"].__get__(g, Greeter)(4))
print(Greeter.__dict__["c"].__get__(g, Greeter)())
print(Greeter.__dict__["c"].__get__(g)())
print(Greeter.__dict__["p"].__get__(g, Greeter))
print(Greeter.__dict__["p"].__get__(None, Greeter) is Greeter.__dict__["p"])
def free(self): return ("free", self)
m = free.__get__(5)
print(m(), m.__self__, m.__func__ is free)
print(hasattr(free, "__get__"), hasattr(len, "__get__"))
try:
    free.__get__(None)
except TypeError as e:
    print(e)
class G:
    def h(self): pass
g = G()
d = {g.h: 1}
print(d.get(g.h), g.h in {g.h}, hash(g.h) == hash(g.h))
