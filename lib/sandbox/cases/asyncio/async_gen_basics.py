# asyncio: async generators: async for, async list/set/dict comprehensions and genexps, await in a comprehension, __anext__, aclose, anext/aiter
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(n):
    try:
        for i in range(n):
            yield i * i
    finally:
        print("squares: finally")

async def main():
    async for t in ticker(3, 0.1):
        print("tick", t)
    print([x async for x in squares(4)])
    print({x % 3 async for x in ticker(5, 0)})
    print({x: x + 1 async for x in squares(3)})
    print([await asyncio.sleep(0, result=i * 2) for i in range(3)])
    g = (x * 10 async for x in ticker(3, 0))
    print(type(g).__name__)
    print([y async for y in g])
    ag = squares(10)
    print(await ag.__anext__(), await ag.__anext__())
    await ag.aclose()
    print("closed")
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    print(await anext(ticker(2, 0)))
    print(await aiter(ticker(1, 0)).__anext__())

asyncio.run(main())
