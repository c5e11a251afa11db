# errors: raise ... from inside a coroutine prints both tracebacks joined by the direct-cause line
import asyncio

class FetchError(Exception):
    pass

async def fetch(key):
    await asyncio.sleep(0.01)
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise FetchError(f"cannot fetch {key!r}") from e

async def main():
    await fetch("b")

asyncio.run(main())
