# asyncio.tasks for the sandbox: sleep, create_task, ensure_future, gather, wait_for, wait,
# as_completed and shield, written in Python on top of the native Future/Task/loop
# (modules/asyncio-core.ts). Their callback order is CPython 3.11's, which decides the order
# tasks wake in. Lines ending in #@<path>:<line> print as that line of CPython's stdlib in
# tracebacks (vm/traceback.ts), so their text must stay as it is.
import functools as _functools
import asyncio.exceptions as exceptions
from _asyncio_core import CancelledError, get_running_loop, _sleep_future, _sleep0, iscoroutine, isfuture
from asyncio.queues import Queue

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    future, h = _sleep_future(delay, result)
    try:
        return await future  #@asyncio/tasks.py:649
    finally:
        h.cancel()

def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)

async def _wrap_awaitable(awaitable):
    return await awaitable

def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_running_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')

def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_running_loop().create_future()
        outer.set_result([])
        return outer
    nfuts = 0
    nfinished = 0
    children = []
    outer = None
    cancel_requested = False
    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    m = f._cancel_msg()
                    res = CancelledError('' if m is None else m)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)
    arg_to_fut = {}
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = loop.create_future()
    def _cancel(msg=None):
        nonlocal cancel_requested
        if outer.done():
            return False
        ret = False
        for child in children:
            if child.cancel(msg):
                ret = True
        if ret:
            cancel_requested = True
        return ret
    outer._set_cancel_hook(_cancel)
    return outer

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)

async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)

async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut  #@asyncio/tasks.py:452
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  #@asyncio/tasks.py:458
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()  #@asyncio/tasks.py:462
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  #@asyncio/tasks.py:464
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter  #@asyncio/tasks.py:476
        except CancelledError:
            if fut.done():
                return fut.result()  #@asyncio/tasks.py:479
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()  #@asyncio/tasks.py:489
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()  #@asyncio/tasks.py:500
            except CancelledError as exc:
                raise exceptions.TimeoutError() from exc  #@asyncio/tasks.py:502
    finally:
        timeout_handle.cancel()

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    fs = _ordered_set(fs)
    fs = [ensure_future(f, loop=loop) for f in fs]
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)
    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)
    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending

def _ordered_set(fs):
    out = []
    for f in fs:
        if f not in out:
            out.append(f)
    return out

def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_running_loop()
    todo = [ensure_future(f, loop=loop) for f in _ordered_set(fs)]
    done = Queue()
    timeout_handle = None
    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()
    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()
    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError  #@asyncio/tasks.py:614
        return f.result()  # May raise f.exception().  #@asyncio/tasks.py:615
    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    return [_wait_for_one() for _ in range(len(todo))]

def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())
    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)
    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
