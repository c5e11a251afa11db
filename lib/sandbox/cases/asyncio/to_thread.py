# asyncio: to_thread runs blocking functions in worker threads so their sleeps overlap
import asyncio
import threading
import time

def blocking(n):
    time.sleep(0.2)
    return n * 2, threading.current_thread().name.startswith("asyncio_")

async def ticker():
    for i in range(3):
        print("loop still responsive", i)
        await asyncio.sleep(0.1)

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2),
                                   asyncio.to_thread(blocking, 3), ticker())
    print(results[:3])
    print(f"elapsed {time.perf_counter() - start:.1f}s")
    print("main runs in", threading.current_thread().name)

asyncio.run(main())
