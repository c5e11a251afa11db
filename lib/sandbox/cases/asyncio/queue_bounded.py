# asyncio: a bounded Queue blocks the producer until the consumer makes room
import asyncio

async def producer(q):
    for i in range(5):
        print(f"put {i} ...")
        await q.put(i)
        print(f"put {i} done")

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.1)
        item = await q.get()
        print(f"got {item}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    await q.join()
    print("full?", q.full(), "empty?", q.empty())

asyncio.run(main())
