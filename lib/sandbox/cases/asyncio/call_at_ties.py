# asyncio: callbacks with an identical call_at deadline come out in heapq order, not FIFO
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.1
    order = []
    for i in range(6):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.2)
    print("six ties:", order)
    when = loop.time() + 0.1
    order = []
    for i in range(6):
        loop.call_at(when, order.append, i)
    loop.call_later(0.05, order.append, "earlier")
    await asyncio.sleep(0.2)
    print("six ties after an earlier pop:", order)
    soon = []
    for i in range(6):
        loop.call_soon(soon.append, i)
    await asyncio.sleep(0)
    print("call_soon is FIFO:", soon)

asyncio.run(main())
