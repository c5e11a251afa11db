# concurrent.futures.process for the sandbox: ProcessPoolExecutor with the fork start method of
# CPython 3.11. Every worker process forks at the first submit(); an unnamed manager thread
# ("Thread-N") in the parent feeds a call queue bounded at max_workers + 1, so queued futures can
# still be cancelled, and completes futures from a result queue. Arguments, callables and results
# travel through multiprocessing queues: they are copied, never shared.
# threading._register_atexit joins the manager at interpreter exit, as CPython's _python_exit
# does. A worker sends its exception's traceback home as text, for _RemoteTraceback.
import threading
from concurrent.futures._base import Future, Executor, BrokenExecutor
from concurrent.futures.thread import _WorkItem
from _traceback_core import format_exception as _format_exception

EXTRA_QUEUED_CALLS = 1
_global_shutdown = False
_threads_wakeups = {}

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
    global _global_shutdown
    _global_shutdown = True
    items = list(_threads_wakeups.items())
    for _, executor in items:
        executor._wakeup()
    for t, _ in items:
        t.join()

def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]

def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = []
        for args in it:
            chunk.append(args)
            if len(chunk) == chunksize:
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
        call_item = call_queue.get(block=True)
        if call_item is None:
            return
        work_id, fn, args, kwargs = call_item
        call_item = _CallItem(fn, args, kwargs)
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)  #@concurrent/futures/process.py:261
        except BaseException as e:
            # _ExceptionWithTraceback: the worker's traceback travels as text and becomes the
            # re-raised exception's __cause__ in the parent (the copy has no traceback of its own)
            result_queue.put((work_id, None, e, '\n"""\n%s"""' % _format_exception(e)))
        else:
            result_queue.put((work_id, r, None, None))

class _ExecutorManagerThread(threading.Thread):
    def __init__(self, executor):
        self._executor = executor
        super().__init__()
    def run(self):
        ex = self._executor
        while True:
            self._add_call_items()
            item = ex._result_queue.get()
            if item is None:
                ex._wakeup_pending = False
            else:
                work_id, result, exc, tb = item
                w = ex._pending_work_items.pop(work_id, None)
                if w is not None:
                    if exc is not None:
                        exc.__cause__ = _RemoteTraceback(tb)
                        w.future.set_exception(exc)
                    else:
                        w.future.set_result(result)
            if _global_shutdown or ex._shutdown_thread:
                if ex._cancel_pending_futures:
                    kept = {}
                    for work_id, w in ex._pending_work_items.items():
                        if not w.future.cancel():
                            kept[work_id] = w
                    ex._pending_work_items = kept
                    ex._work_ids.clear()
                    ex._cancel_pending_futures = False
                if not ex._pending_work_items:
                    for p in ex._processes:
                        ex._call_queue.put(None)
                    for p in ex._processes:
                        p.join()
                    _threads_wakeups.pop(self, None)
                    return
    def _add_call_items(self):
        ex = self._executor
        while ex._work_ids and ex._call_queue.qsize() < ex._max_workers + EXTRA_QUEUED_CALLS:
            work_id = ex._work_ids.pop(0)
            w = ex._pending_work_items.get(work_id)
            if w is None:
                continue
            if w.future.set_running_or_notify_cancel():
                try:
                    ex._call_queue.put((work_id, w.fn, w.args, w.kwargs))
                except Exception as e:
                    # what pickle refuses (a lambda, a local function) fails its future, as
                    # CPython's queue feeder thread does
                    del ex._pending_work_items[work_id]
                    w.future.set_exception(e)
            else:
                del ex._pending_work_items[work_id]

class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import multiprocessing as _mp
        if max_workers is None:
            self._max_workers = _mp.cpu_count()
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._mp = _mp
        self._initializer = initializer
        self._initargs = initargs
        self._executor_manager_thread = None
        self._processes = []
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = []
        self._cancel_pending_futures = False
        self._call_queue = _mp.Queue(self._max_workers + EXTRA_QUEUED_CALLS)
        self._result_queue = _mp.SimpleQueue()
        self._wakeup_pending = False
        threading._register_atexit(_python_exit)
    def _wakeup(self):
        if not self._wakeup_pending:
            self._wakeup_pending = True
            self._result_queue.put(None)
    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            for _ in range(self._max_workers):
                p = self._mp.ForkProcess(target=_process_worker, args=(self._call_queue, self._result_queue, self._initializer, self._initargs))
                p.start()
                self._processes.append(p)
            self._executor_manager_thread = _ExecutorManagerThread(self)
            self._executor_manager_thread.start()
            _threads_wakeups[self._executor_manager_thread] = self
    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._pending_work_items[self._queue_count] = w
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            self._wakeup()
            self._start_executor_manager_thread()
            return f
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        from time import monotonic as time
        if timeout is not None:
            end_time = timeout + time()
        fs = [self.submit(_process_chunk, fn, chunk) for chunk in _get_chunks(*iterables, chunksize=chunksize)]
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        chunk = fs.pop().result()
                    else:
                        chunk = fs.pop().result(end_time - time())
                    for x in chunk:
                        yield x
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()
    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._executor_manager_thread is not None:
                self._wakeup()
        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
        self._executor_manager_thread = None
