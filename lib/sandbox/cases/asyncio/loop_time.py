# asyncio: loop.time() advances by the slept amount; differences rounded to 0.1 s
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.3)
    t1 = loop.time()
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.5))
    t2 = loop.time()
    print(f"{t1 - t0:.1f} {t2 - t1:.1f} {t2 - t0:.1f}")
    print(round(t2 - t0, 1), t1 > t0, type(t0).__name__)
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "late value")
    print(await fut, f"{loop.time() - t2:.1f}")

asyncio.run(main())
