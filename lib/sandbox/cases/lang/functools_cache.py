# functools: lru_cache eviction order, cache_info/cache_clear, cache, cached_property, singledispatch
import functools

@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__wrapped__.__name__)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.cache_info())

@functools.lru_cache(maxsize=None)
def add(a, b=0):
    print("add", a, b)
    return a + b
add(1, b=2)
add(1, b=2)
add(b=2, a=1)
print(add.cache_info())

@functools.lru_cache(maxsize=0)
def noop(x):
    return x
noop(1); noop(1)
print(noop.cache_info())

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind.cache_info().currsize)

@functools.cache
def slow(x):
    print("slow", x)
    return x * 10
print(slow(3), slow(3), slow.cache_info())

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area, c.__dict__)
c.r = 10
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)

@functools.singledispatch
def describe(x):
    return f"something: {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}"

@describe.register
def _(x: float | complex):
    return f"number {x}"

class Animal: pass
class Dog(Animal): pass

@describe.register(Animal)
def _(x):
    return f"animal {type(x).__name__}"

for v in [1, True, 2.5, [1, 2], (1,), "s", Dog(), None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
try:
    describe.register(3)
except TypeError as e:
    print(e)
