# task.cancel(msg): the message reaches the coroutine and the first result(); Future.cancel(msg), gather.cancel(msg)
import asyncio
async def worker(n):
    await asyncio.sleep(n)
    return n
async def main():
    t = asyncio.create_task(worker(1))
    t.cancel("before start")
    try:
        await t
    except asyncio.CancelledError as e:
        print("1", e.args, t.cancelled())
    t = asyncio.create_task(worker(1))
    await asyncio.sleep(0)
    t.cancel("while sleeping")
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("2", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("3", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel("fut msg")
    try:
        await f
    except asyncio.CancelledError as e:
        print("4", e.args)
    g = asyncio.gather(worker(1), worker(2))
    await asyncio.sleep(0)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("5", e.args)
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("inner got", e.args)
            raise
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel("X")
    await asyncio.gather(t, return_exceptions=True)
    print(repr(t.exception() if not t.cancelled() else "cancelled"))
asyncio.run(main())
