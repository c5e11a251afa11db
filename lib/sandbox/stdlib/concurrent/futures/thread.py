# concurrent.futures.thread for the sandbox: ThreadPoolExecutor. Workers start one per submit
# until max_workers (an idle worker is reused first) and name themselves
# ThreadPoolExecutor-N_M, as in CPython 3.11.
import threading
import queue as _queue
from concurrent.futures._base import Future, Executor

class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)  #@concurrent/futures/thread.py:58
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)

def _worker(executor, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        if executor._shutdown:
            work_queue.put(None)
            return

_counter = 0
class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _counter
        if max_workers is None:
            max_workers = min(32, (2 or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._thread_list = []
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        _counter += 1
        self._thread_name_prefix = (thread_name_prefix or ("ThreadPoolExecutor-%d" % (_counter - 1)))
        self._initializer = initializer
        self._initargs = initargs
    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._thread_list)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker, args=(self, self._work_queue))
            t.start()
            self._thread_list.append(t)
    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._thread_list:
                t.join()
