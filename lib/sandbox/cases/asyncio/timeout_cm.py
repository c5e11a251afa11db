# asyncio: the asyncio.timeout() context manager turns a cancellation into TimeoutError at the block exit
import asyncio
import time

async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2) as cm:
            print("inside: sleeping 1s")
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: got CancelledError")
                raise
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f}s, expired={cm.expired()}")
    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.1)
    print("finished in time, expired =", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.1)
    print("no deadline:", cm3.when())

asyncio.run(main())
