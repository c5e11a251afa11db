# asyncio: sleep() wakes in two loop iterations (timer sets a future, then the task resumes), so a plain
# callback due later but fired in the same iteration runs before the sleeping task resumes
import asyncio
import time

async def sleeper():
    await asyncio.sleep(0.1)
    print("sleeper resumed (its deadline was 0.1)")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(0.15, print, "callback ran (its deadline was 0.15)")
    time.sleep(0.3)
    print(f"main: blocked the loop until {loop.time() - start:.1f}")
    await task
    print(f"main: done at {loop.time() - start:.1f}")

asyncio.run(main())
