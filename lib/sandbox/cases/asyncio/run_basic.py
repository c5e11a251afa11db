# asyncio: asyncio.run drives a coroutine to completion and returns its value
import asyncio

async def add(a, b):
    print(f"adding {a} + {b}")
    await asyncio.sleep(0.1)
    return a + b

async def main():
    print("main: start")
    coro = add(1, 2)
    print("coroutine object created, type:", type(coro).__name__)
    result = await coro
    print("main: result", result)
    print("nested await:", await add(await add(1, 1), 10))
    return "main's return value"

print("before run")
print(asyncio.run(main()))
print("after run")
