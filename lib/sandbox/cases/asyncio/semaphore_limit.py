# asyncio: Semaphore limits concurrency; waiters get in FIFO order
import asyncio
import time

async def download(sem, n, start):
    async with sem:
        print(f"{time.perf_counter() - start:.1f}: start {n}")
        await asyncio.sleep(0.2)
    return n

async def main():
    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    results = await asyncio.gather(*(download(sem, n, start) for n in range(5)))
    print(results, f"total {time.perf_counter() - start:.1f}s")
    print("semaphore free again:", not sem.locked())

asyncio.run(main())
