# asyncio: two async generators consumed by concurrent tasks interleave on the virtual clock
import asyncio
import time

async def ticks(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def drain(name, n, delay, start, log):
    async for item in ticks(name, n, delay):
        log.append(item)
        print(f"{time.monotonic() - start:.1f} {item}")
    return name

async def main():
    start = time.monotonic()
    log = []
    done = await asyncio.gather(drain("fast", 3, 0.2, start, log), drain("slow", 1, 0.5, start, log))
    print(done, log)
    agen = ticks("x", 2, 0)
    print(type(agen).__name__, type(agen.__anext__()).__name__, type(agen.aclose()).__name__)

asyncio.run(main())
