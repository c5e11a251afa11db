# asyncio: gather returns results in argument order, not completion order
import asyncio

async def job(name, secs):
    await asyncio.sleep(secs)
    print(f"{name} finished")
    return f"{name}-result"

async def main():
    results = await asyncio.gather(job("A", 0.3), job("B", 0.1), job("C", 0.2))
    print(results)
    print(await asyncio.gather())
    print(await asyncio.gather(job("only", 0.1)))

asyncio.run(main())
