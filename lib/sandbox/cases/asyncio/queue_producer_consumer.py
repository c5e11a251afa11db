# asyncio: Queue producer/consumer; get on a non-empty queue does not yield, join waits for task_done
import asyncio

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        await q.put(i)
        print(f"produced {i} (qsize={q.qsize()})")
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f"{name}: stop")
            return
        print(f"{name}: consumed {item}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q, 3), consumer(q, "c1"))
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    print("q2 size", q2.qsize(), "get_nowait", q2.get_nowait())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")

asyncio.run(main())
