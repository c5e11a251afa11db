# contextlib: @contextmanager (bare yield, exceptions in and out), suppress, nullcontext, closing, ExitStack, @asynccontextmanager
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, asynccontextmanager
import asyncio
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print("after")
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
with nullcontext(5) as v:
    print(v)
class R:
    def close(self): print("closed")
with closing(R()):
    pass
with ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.enter_context(tag("s"))
    stack.callback(print, "cb2")
    print("body")
@asynccontextmanager
async def opened(n):
    print("open", n)
    await asyncio.sleep(0.01)
    yield n
    print("close", n)
async def main():
    async with opened(3) as x:
        print("using", x)
asyncio.run(main())
