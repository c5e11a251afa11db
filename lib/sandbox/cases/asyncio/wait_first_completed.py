# asyncio: asyncio.wait(FIRST_COMPLETED) returns sets of done and pending tasks
import asyncio

async def job(n, secs):
    await asyncio.sleep(secs)
    return n

async def main():
    tasks = [asyncio.create_task(job(n, s)) for n, s in [(1, 0.3), (2, 0.1), (3, 0.2), (4, 0.45)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.25)
    print("after timeout: done", sorted(t.result() for t in done), "pending", len(pending))
    print("pending not cancelled:", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("all done:", sorted(t.result() for t in done), len(pending))

asyncio.run(main())
