# timers due within the same millisecond fire in one loop iteration (epoll rounds select's timeout up to whole ms): b wakes before the task a's event released
import asyncio
async def a(ev):
    await asyncio.sleep(0.1)
    print("a woke")
    ev.set()
async def b(ev):
    await asyncio.sleep(0.1)
    print("b woke")
async def c(ev):
    await ev.wait()
    print("c saw the event")
async def main():
    ev = asyncio.Event()
    await asyncio.gather(a(ev), b(ev), c(ev))
asyncio.run(main())
