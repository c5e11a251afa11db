# PEP 479: StopIteration escaping a generator or coroutine becomes RuntimeError (StopAsyncIteration from an async generator too)
import asyncio

def gen():
    yield 1
    raise StopIteration("done")

try:
    print(list(gen()))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

def delegating():
    yield from gen()

try:
    for x in delegating():
        print("got", x)
except RuntimeError as e:
    print("delegating:", e)

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("next:", e)
try:
    next(g)
except StopIteration as e:
    print("then exhausted:", type(e).__name__, e.args)

def careful():
    it = iter([])
    yield next(it, "default")
    try:
        next(it)
    except StopIteration:
        yield "caught inside"
    return "value"

print(list(careful()))

async def coro():
    raise StopIteration

async def agen():
    yield "a"
    raise StopAsyncIteration

async def main():
    try:
        await coro()
    except RuntimeError as e:
        print(e)
    try:
        async for x in agen():
            print(x)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
