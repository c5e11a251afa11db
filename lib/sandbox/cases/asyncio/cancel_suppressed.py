# asyncio: a task that swallows CancelledError finishes normally and is not cancelled()
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
    await asyncio.sleep(0.1)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    result = await t
    print(result, "| cancelled() =", t.cancelled())
    t2 = asyncio.create_task(stubborn())
    t2.cancel()
    print("cancelled before it started; cancelling() =", t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 never ran: cancelled() =", t2.cancelled())

asyncio.run(main())
