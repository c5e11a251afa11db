# asyncio: as_completed yields results in completion order
import asyncio
import time

async def fetch(name, secs):
    await asyncio.sleep(secs)
    return f"{name} ({secs}s)"

async def main():
    start = time.perf_counter()
    coros = [fetch("a", 0.3), fetch("b", 0.1), fetch("c", 0.2)]
    for fut in asyncio.as_completed(coros):
        result = await fut
        print(f"{time.perf_counter() - start:.1f}: {result}")
    try:
        for fut in asyncio.as_completed([fetch("x", 0.1), fetch("y", 1)], timeout=0.2):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
