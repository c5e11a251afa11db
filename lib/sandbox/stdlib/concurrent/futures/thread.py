# concurrent.futures.thread for the sandbox: ThreadPoolExecutor.
#
# What it reproduces from CPython 3.11: work items go through one unbounded queue; submit()
# starts a new worker thread unless an idle one is waiting, until max_workers (default
# min(32, cpu_count + 4)) exist; workers are named "<prefix>_<n>" where the prefix defaults to
# "ThreadPoolExecutor-<k>", k counting executors from 0. shutdown() puts one None that every
# worker passes on before leaving, can cancel the queued futures, and joins the workers. An
# initializer runs in each worker first; if it fails the worker stops. The code is the
# sandbox's own; the line marked #@ stands for CPython's in tracebacks.
import threading
import queue as _queue
from _mp_core import cpu_count as _cpu_count
from concurrent.futures._base import Future, Executor, BrokenExecutor


class BrokenThreadPool(BrokenExecutor):
    pass


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return  # cancelled while queued
        try:
            result = self.fn(*self.args, **self.kwargs)  #@concurrent/futures/thread.py:58
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is None:
            if executor._shutdown:
                work_queue.put(None)  # let the next worker see it too
                return
            continue
        item.run()
        executor._idle_semaphore.release()


_executors_made = 0


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _executors_made
        if max_workers is None:
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = f"ThreadPoolExecutor-{_executors_made}"
        _executors_made += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._add_worker_if_needed()
            return f

    def _add_worker_if_needed(self):
        if self._idle_semaphore.acquire(timeout=0):
            return  # an idle worker will take the item
        count = len(self._threads)
        if count >= self._max_workers:
            return
        worker = threading.Thread(name=f'{self._thread_name_prefix}_{count}', target=_worker,
                                  args=(self, self._work_queue, self._initializer, self._initargs))
        worker.start()
        self._threads.append(worker)

    def _queued_items(self):
        # takes the waiting work items off the queue one at a time (skipping shutdown markers),
        # so each is gone before the caller settles its future
        while True:
            try:
                item = self._work_queue.get_nowait()
            except _queue.Empty:
                return
            if item is not None:
                yield item

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for item in self._queued_items():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._queued_items():
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for worker in self._threads:
                worker.join()
