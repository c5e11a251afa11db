# asyncio: Task.cancel() throws CancelledError at the await; cancelled() becomes True only after the task ends
import asyncio

async def worker():
    try:
        print("worker: sleeping")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker: caught CancelledError, cleaning up")
        raise
    finally:
        print("worker: finally")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("cancel() returned", t.cancel())
    print("right after cancel: cancelled =", t.cancelled(), "done =", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main: awaiting the task raised CancelledError")
    print("after await: cancelled =", t.cancelled(), "done =", t.done())
    print("cancel() on a finished task returned", t.cancel())
    done = asyncio.create_task(asyncio.sleep(0, result=5))
    await done
    print("finished task: cancel() ->", done.cancel(), "result", done.result())

asyncio.run(main())
