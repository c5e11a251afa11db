# asyncio: time.sleep inside a coroutine blocks the whole event loop; other tasks wake late
import asyncio
import time

async def polite(start):
    await asyncio.sleep(0.1)
    print(f"polite: wanted to wake at 0.1, woke at {time.perf_counter() - start:.1f}")

async def rude(start):
    print("rude: calling time.sleep(0.4)")
    time.sleep(0.4)
    print(f"rude: done blocking at {time.perf_counter() - start:.1f}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(polite(start), rude(start))
    print(f"total {time.perf_counter() - start:.1f}s")

asyncio.run(main())
