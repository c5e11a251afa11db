# asyncio.futures for the sandbox: wrap_future. The Future class itself is native
# (modules/asyncio-core.ts).
#
# What it reproduces from CPython 3.11: wrap_future gives a loop future that mirrors a
# concurrent.futures.Future; the outcome is copied over on the loop's thread (through
# call_soon_threadsafe, since the source finishes in a worker thread), and cancelling the loop
# future cancels the source. The code is the sandbox's own.
from _asyncio_core import get_running_loop, isfuture


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    loop = loop or get_running_loop()
    mirror = loop.create_future()

    def copy_over(source):
        if mirror.done():
            return
        if source.cancelled():
            mirror.cancel()
            return
        error = source.exception()
        if error is None:
            mirror.set_result(source.result())
        else:
            mirror.set_exception(error)

    def source_finished(source):
        loop.call_soon_threadsafe(copy_over, source)

    def mirror_finished(fut):
        if fut.cancelled():
            future.cancel()

    mirror.add_done_callback(mirror_finished)
    future.add_done_callback(source_finished)
    return mirror
