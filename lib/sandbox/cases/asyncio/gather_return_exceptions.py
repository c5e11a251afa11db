# asyncio: gather(return_exceptions=True) puts exceptions in the result list
import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n * 10

async def bad(msg):
    await asyncio.sleep(0.1)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), bad("oops"), ok(2), bad("again"), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, isinstance(r, Exception))

asyncio.run(main())
