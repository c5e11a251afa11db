# asyncio: a task woken by set_result in the previous iteration runs before a task whose sleep timer fires now
import asyncio
import time

async def future_waiter(fut):
    value = await fut
    print("future_waiter resumed with", value)

async def sleeper():
    await asyncio.sleep(0.1)
    print("sleeper resumed")

async def setter(fut):
    await asyncio.sleep(0.05)
    time.sleep(0.1)
    print("setter: resolving the future after stalling past the sleeper's deadline")
    fut.set_result("ok")

async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.gather(sleeper(), future_waiter(fut), setter(fut))

asyncio.run(main())
