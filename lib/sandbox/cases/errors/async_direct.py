# errors: an exception in a coroutine awaited directly by main escapes asyncio.run with the stdlib frames
import asyncio

async def inner(n):
    await asyncio.sleep(0.01)
    return 10 // n

async def main():
    print("main: awaiting inner")
    value = await inner(0)
    print("never", value)

asyncio.run(main())
