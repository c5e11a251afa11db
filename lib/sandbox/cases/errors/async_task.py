# errors: an awaited create_task task re-raises its exception in the awaiting coroutine
import asyncio

async def worker(name):
    await asyncio.sleep(0.01)
    raise ValueError(f"{name} failed")

async def main():
    task = asyncio.create_task(worker("job-1"))
    print("main: task created")
    await task

asyncio.run(main())
