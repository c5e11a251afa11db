# asyncio.coroutines for the sandbox: iscoroutinefunction, true for an async def function
# (the CO_COROUTINE flag, 0x80, in its code's flags) or one marked with _is_coroutine.


def iscoroutinefunction(func):
    flags = getattr(getattr(func, '__code__', None), 'co_flags', 0)
    return bool(flags & 0x80) or getattr(func, '_is_coroutine', False)
