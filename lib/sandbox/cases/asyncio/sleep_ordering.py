# asyncio: concurrent sleeps finish in deadline order and overlap in time
import asyncio
import time

async def nap(name, secs):
    print(f"{name}: sleeping {secs}")
    await asyncio.sleep(secs)
    print(f"{name}: woke")
    return name

async def main():
    start = time.perf_counter()
    await asyncio.gather(nap("slow", 0.3), nap("fast", 0.1), nap("mid", 0.2))
    print(f"elapsed {time.perf_counter() - start:.1f}s")

asyncio.run(main())
