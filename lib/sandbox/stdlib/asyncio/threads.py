# asyncio.threads for the sandbox: to_thread.
#
# What it reproduces from CPython 3.11: the function runs in the loop's default executor (a
# thread of its own, under the GIL) and the coroutine waits for its result. The code is the
# sandbox's own; the line marked #@ stands for CPython's in tracebacks.
from functools import partial
from _asyncio_core import get_running_loop


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    func_call = partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)  #@asyncio/threads.py:25
