# errors: an exception inside asyncio.wait_for surfaces through tasks.py's fut.result()
import asyncio

async def slow_fail():
    await asyncio.sleep(0.01)
    raise RuntimeError("failed before the timeout")

async def main():
    result = await asyncio.wait_for(slow_fail(), timeout=1.0)
    print("never", result)

asyncio.run(main())
