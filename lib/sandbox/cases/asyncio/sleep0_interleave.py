# asyncio: await asyncio.sleep(0) yields to the loop, so two looping tasks alternate strictly
import asyncio

async def ticker(name, n):
    for i in range(n):
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(0)
    print(f"[{name} done]", end=" ")

async def main():
    await asyncio.gather(ticker("A", 4), ticker("B", 3), ticker("C", 2))
    print()
    async def no_yield(name):
        for i in range(3):
            print(f"{name}{i}", end=" ")
    await asyncio.gather(no_yield("x"), no_yield("y"))
    print()

asyncio.run(main())
