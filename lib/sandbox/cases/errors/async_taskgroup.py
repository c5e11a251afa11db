# errors: a failing TaskGroup child makes the group raise an ExceptionGroup, printed with boxes
import asyncio

async def ok(delay):
    await asyncio.sleep(delay)
    print("ok finished", delay)

async def bad(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def fails_on_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup after cancel")
        raise RuntimeError("cleanup failed") from None

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok(0.01))
        tg.create_task(bad(0.1, "first"))
        tg.create_task(fails_on_cancel())
        tg.create_task(ok(0.5))
    print("never")

asyncio.run(main())
