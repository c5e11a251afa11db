# asyncio.coroutines for the sandbox: iscoroutinefunction (co_flags bit 0x80, CO_COROUTINE).

def iscoroutinefunction(f):
    return getattr(getattr(f, '__code__', None), 'co_flags', 0) & 128 != 0 or getattr(f, '_is_coroutine', False)
