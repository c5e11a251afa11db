# asyncio: a failing TaskGroup child cancels its siblings and the errors arrive as an ExceptionGroup
import asyncio

async def sleeper(name, secs):
    try:
        await asyncio.sleep(secs)
        print(f"{name}: finished")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise

async def boom(msg, secs):
    await asyncio.sleep(secs)
    print(f"boom: raising {msg}")
    raise ValueError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("quick", 0.1))
            tg.create_task(boom("bad input", 0.2))
            tg.create_task(sleeper("slow", 1))
    except* ValueError as eg:
        print("caught ValueErrors:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("first", 0))
            tg.create_task(boom("second", 0))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))

asyncio.run(main())
