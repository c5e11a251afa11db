# asyncio: async generators: cancelling a task inside one runs its except/finally, aclose ignored, athrow, asend, anext default, async for/else, generators feeding generators
import asyncio

async def slow(tag):
    try:
        for i in range(5):
            await asyncio.sleep(0.1)
            yield f"{tag}{i}"
    except asyncio.CancelledError:
        print(tag, "cancelled inside generator")
        raise
    finally:
        print(tag, "cleanup")

async def consume(tag):
    async for v in slow(tag):
        print("got", v)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def raiser():
    yield 1
    raise ValueError("boom")

async def doubled(src):
    async for x in src:
        yield x * 2

async def numbers(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(consume("a"))
    await asyncio.sleep(0.25)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    g = stubborn()
    print(await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    r = raiser()
    try:
        async for v in r:
            print("v", v)
    except ValueError as e:
        print("caught", e)
    print([x async for x in doubled(numbers(4))])
    res = await asyncio.gather(*(collect(i) for i in range(3)))
    print(res)
    g2 = numbers(3)
    print(await g2.asend(None))
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow raised", repr(e))
    print(await anext(g2, "default"))
    async for x in numbers(2):
        print("loop", x)
    else:
        print("loop else")

async def collect(i):
    return [x + i async for x in numbers(3) if x != 1]

asyncio.run(main())
