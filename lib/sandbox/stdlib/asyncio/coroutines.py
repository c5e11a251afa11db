# asyncio.coroutines for the sandbox: iscoroutinefunction, true for an async def function
# (that is not an async generator) or a function marked with _is_coroutine. The code is the
# sandbox's own.
from _sandbox import code_info as _code_info


def iscoroutinefunction(func):
    while hasattr(func, '__func__'):
        func = func.__func__
    info = _code_info(func)
    if info is not None and info[2] and not info[1]:
        return True
    return getattr(func, '_is_coroutine', None) is not None
