# functions: __closure__ cells, __code__ (co_freevars, co_varnames, co_argcount ...), __annotations__, __defaults__
def outer(a, b=2):
    total = a + b
    def inner(x, *args, scale: float = 1.0, **kw) -> float:
        return (x + total + a) * scale
    return inner

f = outer(1)
print(f.__code__.co_freevars, outer.__code__.co_cellvars, f.__code__.co_varnames)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name, f.__code__.co_qualname, f.__code__.co_nlocals)
print([c.cell_contents for c in f.__closure__], outer.__closure__, f.__closure__ is not None)
print(f.__annotations__, outer.__annotations__, f.__kwdefaults__, outer.__defaults__)
print(f(1), f(1, scale=2))

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
bump = counter()
bump(); bump()
cell = bump.__closure__[0]
print(cell.cell_contents, type(cell).__name__, bump.__closure__[0] is cell)

def late():
    def get():
        return value
    cells = get.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print("ValueError", e)
    value = 5
    return get, cells[0].cell_contents
print(late()[1])

def annotated(x: int, y: "str" = "s", *rest: bool, flag: bool = False, **extra: dict) -> None:
    pass
print(annotated.__annotations__)
annotated.__annotations__["x"] = float
print(annotated.__annotations__["x"], (lambda: 0).__annotations__, (lambda q: q).__code__.co_varnames)
print(type(annotated.__code__).__name__, annotated.__code__.co_flags & 4 != 0, annotated.__code__.co_flags & 8 != 0)

def gen():
    yield 1
async def coro():
    pass
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0)
