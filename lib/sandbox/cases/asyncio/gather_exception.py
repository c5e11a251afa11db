# asyncio: without return_exceptions the first error propagates at once, but other children keep running
import asyncio

async def slow():
    print("slow: started")
    await asyncio.sleep(0.3)
    print("slow: finished anyway")
    return "slow done"

async def failing():
    await asyncio.sleep(0.1)
    print("failing: raising")
    raise RuntimeError("child failed")

async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.gather(t, failing())
    except RuntimeError as e:
        print("main caught:", e, "| slow done?", t.done())
    await asyncio.sleep(0.3)
    print("main: slow task result =", t.result())

asyncio.run(main())
