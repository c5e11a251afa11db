# asyncio.threads for the sandbox: to_thread runs a blocking function in the loop's default
# executor.
import functools as _functools
from _asyncio_core import get_running_loop

async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    func_call = _functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)  #@asyncio/threads.py:25
