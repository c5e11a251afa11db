# asyncio.tasks for the sandbox: sleep, create_task, ensure_future, gather, wait_for, wait,
# as_completed and shield, on the native Future, Task and loop of modules/asyncio-core.ts.
#
# What it reproduces from CPython 3.11: the order in which futures get their done-callbacks
# and so the order tasks wake in (gather's outer future completes from the last child's
# callback; wait_for cancels the inner task and waits for it to finish before raising
# TimeoutError; wait and as_completed wake through a waiter future or a queue; shield copies
# the inner outcome unless the outer was cancelled). The code is the sandbox's own. Lines
# ending in #@<path>:<line> stand for that line of CPython's stdlib in tracebacks
# (vm/traceback.ts), so their statement text and enclosing function name are CPython's.
import asyncio.exceptions as exceptions
from _asyncio_core import CancelledError, get_running_loop, _sleep_future, _sleep0, iscoroutine, isfuture

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def sleep(delay, result=None):
    if delay <= 0:
        # a bare yield: the task goes to the back of the ready queue
        await _sleep0()
        return result
    future, alarm = _sleep_future(delay, result)
    try:
        return await future  #@asyncio/tasks.py:649
    finally:
        alarm.cancel()


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if not hasattr(coro_or_future, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _await_it(coro_or_future)
    if loop is None:
        loop = get_running_loop()
    return loop.create_task(coro_or_future)


def _unique(items):
    """The items without repeats, in first-seen order (the sandbox's stand-in for CPython's
    sets of futures, whose order follows object addresses)."""
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _copy_outcome(source, target):
    """Gives `target` the result, exception or cancellation of the finished `source`."""
    if source.cancelled():
        target.cancel()
        return
    error = source.exception()
    if error is None:
        target.set_result(source.result())
    else:
        target.set_exception(error)


# ---- gather -----------------------------------------------------------------------------

class _Gathering:
    """The bookkeeping of one gather(): every child reports here when it finishes; the outer
    future completes with the first failure, or with all results once the last child is done."""

    def __init__(self, return_exceptions):
        self.keep_errors = return_exceptions
        self.children = []
        self.distinct = 0
        self.finished = 0
        self.outer = None
        self.cancelled_by_user = False

    def child_done(self, child):
        self.finished += 1
        outer = self.outer
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()  # retrieved, so no "never retrieved" report
            return
        if not self.keep_errors:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            error = child.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if self.finished < self.distinct:
            return
        if self.cancelled_by_user:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result([self._outcome(c) for c in self.children])

    def _outcome(self, child):
        if child.cancelled():
            message = child._cancel_msg()
            return CancelledError('' if message is None else message)
        error = child.exception()
        return child.result() if error is None else error

    def cancel(self, msg=None):
        if self.outer.done():
            return False
        any_cancelled = False
        for child in self.children:
            if child.cancel(msg):
                any_cancelled = True
        if any_cancelled:
            self.cancelled_by_user = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_running_loop().create_future()
        outer.set_result([])
        return outer
    state = _Gathering(return_exceptions)
    report = state.child_done
    children = state.children
    loop = None
    by_arg = {}
    for arg in coros_or_futures:
        if arg in by_arg:
            children.append(by_arg[arg])  # the same awaitable twice: one child, two results
            continue
        child = by_arg[arg] = ensure_future(arg, loop=loop)
        if loop is None:
            loop = child.get_loop()
        child.add_done_callback(report)
        children.append(child)
    # the callbacks run on later loop iterations, so counting after the loop is in time
    state.distinct = len(by_arg)
    state.outer = loop.create_future()
    state.outer._set_cancel_hook(state.cancel)
    return state.outer


# ---- wait_for ---------------------------------------------------------------------------

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _waiter_releaser(waiter):
    def release(finished):
        _release_waiter(waiter)
    return release


async def _cancel_and_wait(fut, loop):
    """Cancels fut and waits until it has really finished (its except/finally blocks ran)."""
    waiter = loop.create_future()
    release = _waiter_releaser(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut  #@asyncio/tasks.py:452
    if timeout <= 0:
        # no time at all: the awaitable is cancelled unless it has already finished
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  #@asyncio/tasks.py:458
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()  #@asyncio/tasks.py:462
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  #@asyncio/tasks.py:464
    # one waiter, released either by the timer or by fut finishing, whichever comes first
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = _waiter_releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter  #@asyncio/tasks.py:476
        except CancelledError:
            # the caller itself was cancelled
            if fut.done():
                return fut.result()  #@asyncio/tasks.py:479
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()  #@asyncio/tasks.py:489
        # the timer won: cancel fut, let it clean up, then report the timeout
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()  #@asyncio/tasks.py:500
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  #@asyncio/tasks.py:502
    finally:
        timer.cancel()


# ---- wait -------------------------------------------------------------------------------

class _WaitUntil:
    """Releases `waiter` when the return_when condition of wait() holds."""

    def __init__(self, waiter, pending, return_when):
        self.waiter = waiter
        self.pending = pending
        self.return_when = return_when
        self.timer = None

    def one_done(self, fut):
        self.pending -= 1
        if self.pending > 0 and self.return_when != FIRST_COMPLETED:
            failed = self.return_when == FIRST_EXCEPTION and not fut.cancelled() and fut.exception() is not None
            if not failed:
                return
        self.stop_timer()
        if not self.waiter.done():
            self.waiter.set_result(None)

    def stop_timer(self):
        if self.timer is not None:
            self.timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in _unique(fs)]
    until = _WaitUntil(loop.create_future(), len(fs), return_when)
    if timeout is not None:
        until.timer = loop.call_later(timeout, _release_waiter, until.waiter)
    for f in fs:
        f.add_done_callback(until.one_done)
    try:
        await until.waiter
    finally:
        until.stop_timer()
        for f in fs:
            f.remove_done_callback(until.one_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


# ---- as_completed -----------------------------------------------------------------------

class _Arrivals:
    """Futures of an as_completed() call land in a queue as they finish; a timeout puts one
    None per future still outstanding."""

    def __init__(self, todo):
        from asyncio.queues import Queue
        self.todo = todo
        self.arrived = Queue()
        self.timer = None

    def finished(self, fut):
        if not self.todo:
            return
        self.todo.remove(fut)
        self.arrived.put_nowait(fut)
        if not self.todo and self.timer is not None:
            self.timer.cancel()

    def time_out(self):
        for fut in self.todo:
            fut.remove_done_callback(self.finished)
            self.arrived.put_nowait(None)
        self.todo.clear()


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_running_loop()
    arrivals = _Arrivals([ensure_future(f, loop=loop) for f in _unique(fs)])
    done = arrivals.arrived

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError  #@asyncio/tasks.py:614
        return f.result()  # May raise f.exception().  #@asyncio/tasks.py:615

    for fut in arrivals.todo:
        fut.add_done_callback(arrivals.finished)
    if arrivals.todo and timeout is not None:
        arrivals.timer = loop.call_later(timeout, arrivals.time_out)
    for _ in range(len(arrivals.todo)):
        yield _wait_for_one()


# ---- shield -----------------------------------------------------------------------------

def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_finished(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: the shielded work's error goes unreported
            return
        _copy_outcome(inner, outer)

    def outer_finished(outer):
        if not inner.done():
            inner.remove_done_callback(inner_finished)

    inner.add_done_callback(inner_finished)
    outer.add_done_callback(outer_finished)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """From a thread the loop does not run in: start coro as a task on that loop (scheduled
    through call_soon_threadsafe) and hand back a concurrent.futures.Future that takes the
    task's outcome; cancelling that future cancels the task, on the loop's thread."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def settle(task):
        if task.cancelled():
            future.cancel()
        if not future.set_running_or_notify_cancel():
            return
        error = task.exception()
        if error is None:
            future.set_result(task.result())
        else:
            future.set_exception(error)

    def start():
        try:
            task = loop.create_task(coro)
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise
        task.add_done_callback(settle)

        def on_cancel(fut):
            if fut.cancelled():
                loop.call_soon_threadsafe(task.cancel)

        future.add_done_callback(on_cancel)

    loop.call_soon_threadsafe(start)
    return future
