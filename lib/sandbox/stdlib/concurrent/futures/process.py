# concurrent.futures.process for the sandbox: ProcessPoolExecutor.
#
# What it reproduces from CPython 3.11 (fork start method): all max_workers worker processes
# ("ForkProcess-N") fork at the first submit(); an unnamed manager thread ("Thread-N") in the
# parent moves work into a call queue holding at most max_workers + 1 items, so the futures
# still waiting in the parent can be cancelled, and completes futures from a result queue.
# Callables, arguments and results travel through multiprocessing queues: they are copies.
# threading._register_atexit joins the manager at interpreter exit. A worker's exception
# travels home with its traceback as text, which becomes the re-raised exception's cause
# (_RemoteTraceback). map() sends the items in chunks of chunksize. The code is the sandbox's
# own; the line marked #@ stands for CPython's in tracebacks.
import threading
from concurrent.futures._base import Future, Executor, BrokenExecutor
from concurrent.futures.thread import _WorkItem
from _traceback_core import format_exception as _format_exception

EXTRA_QUEUED_CALLS = 1

_exiting = False
_managers = {}  # manager thread -> its executor, for the exit hook


class BrokenProcessPool(BrokenExecutor):
    pass


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _CallItem:
    def __init__(self, fn, args, kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _python_exit():
    global _exiting
    _exiting = True
    running = list(_managers.items())
    for _, executor in running:
        executor._nudge()
    for manager, _ in running:
        manager.join()


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]  #@concurrent/futures/process.py:210


def _chunks(iterables, size):
    together = zip(*iterables)
    while True:
        chunk = []
        for args in together:
            chunk.append(args)
            if len(chunk) == size:
                break
        if not chunk:
            return
        yield tuple(chunk)


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            return
    while True:
        job = call_queue.get(block=True)
        if job is None:
            return
        work_id, call_item = job[0], _CallItem(job[1], job[2], job[3])
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)  #@concurrent/futures/process.py:261
        except BaseException as e:
            # the exception goes home as a copy without a traceback of its own: its traceback
            # travels as text and becomes the cause of the copy the parent raises
            result_queue.put((work_id, None, e, '\n"""\n%s"""' % _format_exception(e)))
        else:
            result_queue.put((work_id, r, None, None))


class _ExecutorManagerThread(threading.Thread):
    def __init__(self, executor):
        self._executor = executor
        super().__init__()

    def run(self):
        pool = self._executor
        while True:
            pool._feed_call_queue()
            message = pool._result_queue.get()
            if message is None:
                pool._nudged = False  # a wake-up: look at the work ids and the shutdown flag again
            else:
                pool._complete(*message)
            if (_exiting or pool._shutdown_thread) and pool._wind_down():
                _managers.pop(self, None)
                return


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import multiprocessing
        if max_workers is None:
            max_workers = multiprocessing.cpu_count()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._mp = multiprocessing
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._executor_manager_thread = None
        self._processes = []
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._cancel_pending_futures = False
        self._next_work_id = 0
        self._pending_work_items = {}  # work id -> _WorkItem, until its future completes
        self._work_ids = []  # ids not yet moved to the call queue, oldest first
        self._call_queue = multiprocessing.Queue(max_workers + EXTRA_QUEUED_CALLS)
        self._result_queue = multiprocessing.SimpleQueue()
        self._nudged = False
        threading._register_atexit(_python_exit)

    # ---- the manager thread's side

    def _nudge(self):
        if not self._nudged:
            self._nudged = True
            self._result_queue.put(None)

    def _feed_call_queue(self):
        room = self._max_workers + EXTRA_QUEUED_CALLS
        while self._work_ids and self._call_queue.qsize() < room:
            work_id = self._work_ids.pop(0)
            item = self._pending_work_items.get(work_id)
            if item is None:
                continue
            if not item.future.set_running_or_notify_cancel():
                del self._pending_work_items[work_id]  # cancelled while waiting here
                continue
            try:
                self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
            except Exception as refused:
                # a call pickle refuses (a lambda, a local function) fails its own future, as
                # CPython's queue feeder thread does, and the pool carries on
                del self._pending_work_items[work_id]
                item.future.set_exception(refused)

    def _complete(self, work_id, result, exc, remote_tb):
        item = self._pending_work_items.pop(work_id, None)
        if item is None:
            return
        if exc is None:
            item.future.set_result(result)
        else:
            exc.__cause__ = _RemoteTraceback(remote_tb)
            item.future.set_exception(exc)

    def _wind_down(self):
        """At shutdown: cancel what may be cancelled if asked; once nothing is pending, stop the
        workers and wait for them. True when the manager can end."""
        if self._cancel_pending_futures:
            self._pending_work_items = {
                work_id: item for work_id, item in self._pending_work_items.items() if not item.future.cancel()
            }
            self._work_ids.clear()
            self._cancel_pending_futures = False
        if self._pending_work_items:
            return False
        for _ in self._processes:
            self._call_queue.put(None)
        for worker in self._processes:
            worker.join()
        return True

    def _start_workers(self):
        if self._executor_manager_thread is not None:
            return
        for _ in range(self._max_workers):
            worker = self._mp.ForkProcess(target=_process_worker, args=(self._call_queue, self._result_queue, self._initializer, self._initargs))
            worker.start()
            self._processes.append(worker)
        self._executor_manager_thread = _ExecutorManagerThread(self)
        self._executor_manager_thread.start()
        _managers[self._executor_manager_thread] = self

    # ---- the caller's side

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            work_id = self._next_work_id
            self._next_work_id += 1
            self._pending_work_items[work_id] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.append(work_id)
            self._nudge()
            self._start_workers()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        from functools import partial
        per_chunk = Executor.map(self, partial(_process_chunk, fn), _chunks(iterables, chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(per_chunk)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._executor_manager_thread is not None:
                self._nudge()
        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
        self._executor_manager_thread = None


def _chain_from_iterable_of_lists(iterable):
    # the results of each chunk, in order
    for element in iterable:  #@concurrent/futures/process.py:620
        yield from element
