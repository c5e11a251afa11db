# errors: an exception in a function run with asyncio.to_thread is re-raised in the awaiting coroutine
import asyncio

def blocking(x):
    if x > 2:
        raise OverflowError(f"{x} is too big")
    return x

async def main():
    print(await asyncio.to_thread(blocking, 1))
    print(await asyncio.to_thread(blocking, 5))

asyncio.run(main())
