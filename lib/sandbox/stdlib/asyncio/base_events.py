# The parts of the event loop written in Python: run_in_executor and the shutdown of the
# default executor at the end of asyncio.run(); modules/asyncio-core.ts looks both up here.
#
# What it reproduces from CPython 3.11: the default executor is a ThreadPoolExecutor whose
# threads are named asyncio_0, asyncio_1 ...; asyncio.run() ends by joining it from one helper
# thread ("Thread-N (_do_shutdown)") while the loop waits on a future. The code is the
# sandbox's own.
from _asyncio_core import get_running_loop
from asyncio.futures import wrap_future


def _default_executor(loop):
    executor = loop._get_default_executor()
    if executor is None:
        from concurrent.futures import ThreadPoolExecutor
        executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
        loop._set_default_executor(executor)
    return executor


def _run_in_executor(loop, executor, func, *args):
    if executor is None:
        executor = _default_executor(loop)
    return wrap_future(executor.submit(func, *args), loop=loop)


async def _shutdown_default_executor(executor):
    import threading
    loop = get_running_loop()
    finished = loop.create_future()

    # the name matters: unnamed threads are called after their target
    def _do_shutdown():
        try:
            executor.shutdown(wait=True)
        except Exception as ex:
            loop.call_soon_threadsafe(finished.set_exception, ex)
        else:
            loop.call_soon_threadsafe(finished.set_result, None)

    helper = threading.Thread(target=_do_shutdown)
    helper.start()
    try:
        await finished
    finally:
        helper.join()
