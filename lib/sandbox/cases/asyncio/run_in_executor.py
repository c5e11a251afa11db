# asyncio: loop.run_in_executor with the default pool and with a named ThreadPoolExecutor
import asyncio
import concurrent.futures
import threading
import time

def work(x):
    time.sleep(0.1)
    return x * x, threading.current_thread().name

async def main():
    loop = asyncio.get_running_loop()
    value, name = await loop.run_in_executor(None, work, 4)
    print(value, name.startswith("asyncio_"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        value, name = await loop.run_in_executor(pool, work, 5)
        print(value, name)
        start = time.perf_counter()
        results = await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(3)))
        print([r[0] for r in results], f"serialised on one worker: {time.perf_counter() - start:.1f}s")

asyncio.run(main())
