# errors: wait_for timing out raises TimeoutError from the inner task's CancelledError, both tracebacks printed
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    await asyncio.wait_for(slow(), timeout=0.05)

asyncio.run(main())
