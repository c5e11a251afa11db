# errors: a task whose exception is never retrieved is reported by the loop's exception handler
import asyncio

async def boom():
    raise ValueError("nobody listens")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    await asyncio.sleep(0.01)
    print("main finished")

asyncio.run(main())
