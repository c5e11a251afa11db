# asyncio: Event.set wakes all waiters in the order they began waiting, after the setter yields
import asyncio

async def waiter(ev, name):
    print(f"{name}: waiting")
    await ev.wait()
    print(f"{name}: proceeding")

async def setter(ev):
    await asyncio.sleep(0.1)
    print("setter: setting event")
    ev.set()
    print("setter: event set, still running")
    await asyncio.sleep(0)
    print("setter: after yielding")

async def main():
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev, "w1"), waiter(ev, "w2"), setter(ev), waiter(ev, "w3"))
    print("is_set:", ev.is_set())
    ev.clear()
    print("after clear:", ev.is_set())

asyncio.run(main())
