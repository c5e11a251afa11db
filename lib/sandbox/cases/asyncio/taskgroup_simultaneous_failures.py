# two TaskGroup children failing after the same sleep fail in the same loop iteration: both errors are in the ExceptionGroup
import asyncio
async def fail(name):
    await asyncio.sleep(0.1)
    raise ValueError(f"{name} failed")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("first"))
            tg.create_task(fail("second"))
    except* ValueError as group:
        print(sorted(str(e) for e in group.exceptions))
asyncio.run(main())
