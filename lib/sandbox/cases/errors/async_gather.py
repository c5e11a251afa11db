# errors: an exception raised in a gathered coroutine passes through main's await to asyncio.run
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    raise KeyError("deep")

async def main():
    print("main: gathering")
    await asyncio.gather(inner(), asyncio.sleep(0.1))

asyncio.run(main())
