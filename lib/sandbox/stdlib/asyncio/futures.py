# asyncio.futures for the sandbox: wrap_future, which mirrors a concurrent.futures.Future into
# a loop future (the native Future itself lives in modules/asyncio-core.ts).
from _asyncio_core import get_running_loop, isfuture

def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    if loop is None:
        loop = get_running_loop()
    new_future = loop.create_future()
    def _copy_state(source):
        if new_future.done():
            return
        if source.cancelled():
            new_future.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(source.result())
    def _call_copy_state(source):
        loop.call_soon_threadsafe(_copy_state, source)
    future.add_done_callback(_call_copy_state)
    return new_future
