# asyncio: equal sleeps started one after another wake in the order they began
import asyncio

async def sleeper(n):
    await asyncio.sleep(0.2)
    print("woke", n)

async def main():
    await asyncio.gather(*(sleeper(n) for n in range(8)))
    tasks = []
    for n in range(4):
        tasks.append(asyncio.create_task(sleeper(10 + n)))
        await asyncio.sleep(0)
    await asyncio.gather(*reversed(tasks))

asyncio.run(main())
