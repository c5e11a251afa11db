# asyncio: cancelling a gather() future cancels every child it wraps
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(child("c1"), child("c2"), child("c3"))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; cancelled() =", g.cancelled())

asyncio.run(main())
