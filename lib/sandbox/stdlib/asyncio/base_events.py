# The parts of BaseEventLoop written in Python: run_in_executor and the default executor's
# shutdown at the end of asyncio.run(). modules/asyncio-core.ts looks both up here.
from _asyncio_core import get_running_loop
from asyncio.futures import wrap_future

def _run_in_executor(loop, executor, func, *args):
    if executor is None:
        executor = loop._get_default_executor()
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            loop._set_default_executor(executor)
    return wrap_future(executor.submit(func, *args), loop=loop)

async def _shutdown_default_executor(executor):
    import threading
    loop = get_running_loop()
    future = loop.create_future()
    def _do_shutdown():
        try:
            executor.shutdown(wait=True)
            loop.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            loop.call_soon_threadsafe(future.set_exception, ex)
    thread = threading.Thread(target=_do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()
