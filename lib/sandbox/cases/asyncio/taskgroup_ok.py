# asyncio: TaskGroup waits for all its children before the async with block ends
import asyncio

async def square(n):
    await asyncio.sleep(0.1 * (3 - n))
    print(f"square({n}) done")
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in range(3)]
        print("inside block: tasks created")
    print("after block:", [t.result() for t in tasks])

asyncio.run(main())
