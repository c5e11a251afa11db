# asyncio: create_task does not run the coroutine until the creator yields; tasks start in creation order
import asyncio

async def worker(name):
    print(f"{name}: started")
    await asyncio.sleep(0)
    print(f"{name}: after first yield")

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in ("t1", "t2", "t3")]
    print("main: created 3 tasks, none has run yet")
    print("main: done flags", [t.done() for t in tasks])
    await asyncio.sleep(0)
    print("main: after one yield")
    await asyncio.gather(*tasks)
    print("main: all finished", [t.done() for t in tasks])

asyncio.run(main())
