# lang: function decorators, functools.wraps, decorators with arguments
from functools import wraps
def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"), hello.__name__)
calls = {}
def counted(fn):
    def w(*a):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*a)
    return w
@counted
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(3), calls)
