# asyncio.run_coroutine_threadsafe: a thread submits coroutines to a running loop and blocks on the concurrent future (result, exception, timeout then cancel, TypeError)
import asyncio
import concurrent.futures
import threading
import time


async def save(record):
    await asyncio.sleep(0.1)
    return f"saved {record}"


async def fail():
    await asyncio.sleep(0.05)
    raise ValueError("db down")


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: cancelled on the loop")
        raise


def worker(loop):
    fut = asyncio.run_coroutine_threadsafe(save("a"), loop)
    print(type(fut).__module__, type(fut).__name__)
    print(fut.result(timeout=5))
    try:
        asyncio.run_coroutine_threadsafe(fail(), loop).result()
    except ValueError as e:
        print("worker caught", repr(e))
    f = asyncio.run_coroutine_threadsafe(slow(), loop)
    try:
        f.result(timeout=0.2)
    except concurrent.futures.TimeoutError:
        print("timed out; cancel ->", f.cancel())
    print("cancelled:", f.cancelled())
    try:
        asyncio.run_coroutine_threadsafe(lambda: 1, loop)
    except TypeError as e:
        print(e)
    loop.call_soon_threadsafe(print, "queued from", threading.current_thread().name)


async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=worker, args=(loop,), name="worker")
    t.start()
    ticks = 0
    while t.is_alive():
        await asyncio.sleep(0.05)
        ticks += 1
    await asyncio.sleep(0)
    print("loop kept running:", ticks > 3)


asyncio.run(main())
