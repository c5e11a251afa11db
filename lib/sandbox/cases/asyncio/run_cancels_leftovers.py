# asyncio: when main returns, asyncio.run cancels still-pending tasks and lets their cleanup run
import asyncio

async def background(name):
    try:
        print(f"{name}: running")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name}: cancelled by asyncio.run")
        raise
    finally:
        print(f"{name}: cleanup")

async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0.1)
    print("main: returning without awaiting the background tasks")

asyncio.run(main())
print("after asyncio.run")
