# modules: inspect signatures (kinds, defaults, annotations, methods, classes, wraps, partial), bind/apply_defaults and their errors, predicates, docs, source, stack; asyncio.iscoroutinefunction
import inspect, asyncio, functools
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Do a thing.

        Indented detail.
    """
    return True
sig = inspect.signature(f)
print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation, repr(p))
def g(x, *, y=1): pass
def h(x, y, /): pass
print(inspect.signature(g), inspect.signature(h), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0))
class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        """Move it."""
print(inspect.signature(Point), inspect.signature(Point(1).move), inspect.signature(Point.move))
b = inspect.signature(f).bind(1, 2, 3, 4, 5, d=6, z=7)
print(b.arguments, b.args, b.kwargs)
b2 = inspect.signature(g).bind(10)
b2.apply_defaults()
print(b2.arguments, b2)
for call in [lambda: inspect.signature(g).bind(), lambda: inspect.signature(g).bind(1, 2), lambda: inspect.signature(g).bind(1, z=3), lambda: inspect.signature(g).bind(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=5): pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__, inspect.signature(functools.partial(f, 1, d=4)))
async def coro(): pass
async def agen():
    yield 1
def gen():
    yield 1
print([inspect.iscoroutinefunction(x) for x in (coro, gen, agen, f)], [inspect.isgeneratorfunction(x) for x in (coro, gen, agen, f)], [inspect.isasyncgenfunction(x) for x in (coro, gen, agen)], asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(f))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(Point(1).move), inspect.isclass(Point), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isgenerator(gen()), inspect.iscoroutine(coro().__class__) if False else True)
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.getdoc(f), inspect.getdoc(Point.move), inspect.cleandoc("  a\n    b\n  c\n"))
print(inspect.getsource(Point.move), end="")
print(inspect.getsource(wrapped), end="")
print([name for name, _ in inspect.getmembers(Point(1)) if not name.startswith("__")])
print(inspect.getfullargspec(f))
def caller():
    return inspect.stack()[1].function, inspect.currentframe().f_code.co_name, inspect.currentframe().f_back.f_code.co_name
def outer_fn():
    return caller()
print(outer_fn())
