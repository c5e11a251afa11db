# errors: an expired asyncio.timeout() block raises TimeoutError from the CancelledError it delivered
import asyncio

async def slow_step():
    await asyncio.sleep(1)

async def main():
    print("entering the timeout block")
    async with asyncio.timeout(0.1):
        await slow_step()
    print("never")

asyncio.run(main())
