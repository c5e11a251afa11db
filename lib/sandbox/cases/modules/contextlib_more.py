# modules: contextlib managers as decorators, generator errors, suppress, closing, ExitStack order and exception context
from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing, ContextDecorator

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("</" + name + ">")

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("outer", e)

@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3), f(4))

with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")

with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("in-stack"))
    print("stack body")

def bad():
    raise RuntimeError("from callback")
try:
    with ExitStack() as st:
        st.callback(bad)
        st.callback(print, "first")
        raise ValueError("body")
except RuntimeError as e:
    print("got", repr(e), "context", repr(e.__context__))

class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using")
with nullcontext(5) as v:
    print(v)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
