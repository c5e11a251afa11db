# asyncio: wait_for cancels the inner task on timeout and waits for its cleanup before raising TimeoutError
import asyncio
import time

async def long_job():
    try:
        print("job: working")
        await asyncio.sleep(1)
        print("job: never finishes")
    except asyncio.CancelledError:
        print("job: cancelled, cleaning up")
        raise
    finally:
        print("job: finally block")

async def main():
    start = time.perf_counter()
    try:
        await asyncio.wait_for(long_job(), timeout=0.2)
    except TimeoutError as e:
        print(f"main: TimeoutError after {time.perf_counter() - start:.1f}s", type(e).__name__)
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)
    print("fast job:", await asyncio.wait_for(asyncio.sleep(0.1, result="in time"), timeout=0.5))

asyncio.run(main())
