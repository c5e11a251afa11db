# asyncio: Lock waiters acquire in FIFO order; an uncontended acquire does not yield
import asyncio

lock = asyncio.Lock()

async def worker(name, hold):
    print(f"{name}: wants lock")
    async with lock:
        print(f"{name}: has lock")
        await asyncio.sleep(hold)
    print(f"{name}: released")

async def main():
    await asyncio.gather(worker("A", 0.2), worker("B", 0.1), worker("C", 0.1))
    print("locked at end:", lock.locked())
    await lock.acquire()
    print("acquired without contention:", lock.locked())
    lock.release()

asyncio.run(main())
