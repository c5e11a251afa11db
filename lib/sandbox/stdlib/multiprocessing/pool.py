# multiprocessing.pool for the sandbox: Pool, its results (ApplyResult, MapResult) and its
# iterators (imap, imap_unordered).
#
# What it reproduces from CPython 3.11 with the fork start method: the workers are processes
# named "ForkPoolWorker-N" that share one inbound and one outbound queue; the parent runs three
# daemon threads, started in this order and named after their targets ("Thread-N
# (_handle_workers)", "(_handle_tasks)", "(_handle_results)"). The task thread feeds the workers
# (a call pickle refuses fails its job there), the result thread completes jobs and runs their
# callback or error_callback before get() returns. map() and starmap() cut their input into
# chunks of ceil(len / (4 * workers)), one task each; imap() and imap_unordered() send single
# items unless given a chunksize. A worker's exception comes home with its traceback as text,
# which becomes the __cause__ (RemoteTraceback) of the exception get() raises. Leaving a `with`
# block terminates the pool. Workers never retire here (maxtasksperchild is accepted and
# ignored). The code is the sandbox's own; a line marked #@ stands for CPython's in tracebacks.
import itertools
import queue
import threading
from _mp_core import cpu_count as _cpu_count
from _traceback_core import format_exception as _format_exception

# pool states, as Pool's repr shows them
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

_job_ids = itertools.count()  # shared by every pool of the process, as job numbers are


class RemoteTraceback(Exception):
    """The cause of an exception raised in a worker: its traceback there, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


# ---- what runs in a worker process ------------------------------------------------------

def mapstar(args):
    return list(map(*args))  #@multiprocessing/pool.py:48


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))  #@multiprocessing/pool.py:51


def _raise(exc):
    # the task sent in place of an item the input iterator failed to produce
    raise exc


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    task = inqueue.get()
    while task is not None:
        job, index, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))  #@multiprocessing/pool.py:125
        except Exception as e:
            result = (False, (e, f'\n"""\n{_format_exception(e)}"""'))
        outqueue.put((job, index, result))
        task = inqueue.get()


# ---- the pool ---------------------------------------------------------------------------

class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        import multiprocessing
        if processes is None:
            processes = _cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._state = RUN
        self._halted = False           # terminate(): the task and result threads stop at once
        self._jobs = {}                # job id -> its result object, until every part is in
        self._requests = queue.SimpleQueue()  # (job, tasks, on_count) for the task thread; None ends it
        self._wakeups = queue.SimpleQueue()   # state changes, for the worker thread
        self._inqueue = multiprocessing.SimpleQueue()
        self._outqueue = multiprocessing.SimpleQueue()
        self._processes = processes
        self._pool = []
        for _ in range(processes):
            proc = multiprocessing.Process(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs, maxtasksperchild))
            proc.name = proc.name.replace('Process', 'ForkPoolWorker')
            proc.daemon = True
            proc.start()
            self._pool.append(proc)
        self._worker_handler = self._start_handler(self._handle_workers)
        self._task_handler = self._start_handler(self._handle_tasks)
        self._result_handler = self._start_handler(self._handle_results)

    @staticmethod
    def _start_handler(target):
        handler = threading.Thread(target=target, daemon=True)
        handler.start()
        return handler

    def __repr__(self):
        return f'<multiprocessing.pool.Pool state={self._state} pool_size={len(self._pool)}>'

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')

    # ---- bookkeeping shared by the caller and the handler threads

    def _register(self, job):
        job_id = next(_job_ids)
        self._jobs[job_id] = job
        return job_id

    def _forget(self, job_id):
        del self._jobs[job_id]
        if not self._jobs:
            # a closed pool may be waiting for its last job
            self._wakeups.put(None)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ---- the three handler threads

    def _handle_workers(self):
        # lives as long as the pool runs, and after close() until its jobs are done
        while self._state == RUN or (self._jobs and self._state != TERMINATE):
            self._wakeups.get()
        self._requests.put(None)

    def _handle_tasks(self):
        request = self._requests.get()
        while request is not None and not self._halted:
            self._send(*request)
            request = self._requests.get()
        # the result thread learns there is nothing more to come, then each worker
        self._outqueue.put(None)
        for _ in self._pool:
            self._inqueue.put(None)

    def _send(self, job_id, tasks, on_count):
        """Put one job's (func, args, kwds) tasks on the workers' queue, numbered from 0; tell
        the job how many went."""
        sent = 0
        source = iter(tasks)
        while not self._halted:
            try:
                func, args, kwds = next(source)
            except StopIteration:
                break
            except Exception as e:
                # the input itself failed: a worker raises its exception as the next result
                self._put(job_id, sent, _raise, (e,), {})
                sent += 1
                break
            self._put(job_id, sent, func, args, kwds)
            sent += 1
        if on_count is not None:
            on_count(sent)

    def _put(self, job_id, index, func, args, kwds):
        try:
            self._inqueue.put((job_id, index, func, args, kwds))
        except Exception as refused:
            job = self._jobs.get(job_id)
            if job is not None:
                job._take(index, False, refused)

    def _handle_results(self):
        sent_all = False
        while not (sent_all and not self._jobs):
            message = self._outqueue.get()
            if self._halted:
                return
            if message is None:
                sent_all = True
                continue
            job_id, index, (success, value) = message
            if not success:
                value, remote = value
                value.__cause__ = RemoteTraceback(remote)
            job = self._jobs.get(job_id)
            if job is not None:
                job._take(index, success, value)

    # ---- submitting work

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()  #@multiprocessing/pool.py:360

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._requests.put((result._job, [(func, args, kwds)], None))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()  #@multiprocessing/pool.py:367

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()  #@multiprocessing/pool.py:375

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        items = iterable if hasattr(iterable, '__len__') else list(iterable)
        count = len(items)
        if count == 0:
            chunksize = 0
        elif chunksize is None:
            chunksize = -(-count // (4 * len(self._pool)))
        result = MapResult(self, chunksize, count, callback, error_callback)
        if chunksize:
            chunks = ((mapper, ((func, chunk),), {}) for chunk in _chunked(items, chunksize))
            self._requests.put((result._job, chunks, None))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize, "{0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize, "{0!r}")

    def _imap(self, kind, func, iterable, chunksize, shown_as):
        self._check_running()
        if chunksize < 1:
            raise ValueError(("Chunksize must be 1+, not " + shown_as).format(chunksize))
        result = kind(self)
        if chunksize == 1:
            tasks = ((func, (item,), {}) for item in iterable)
            self._requests.put((result._job, tasks, result._count))
            return result
        tasks = ((mapstar, ((func, chunk),), {}) for chunk in _chunked(iterable, chunksize))
        self._requests.put((result._job, tasks, result._count))
        return _flatten(result)

    # ---- shutting down

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._wakeups.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._halted = True
        self._wakeups.put(None)
        self._outqueue.put(None)
        self._worker_handler.join()
        for proc in self._pool:
            if proc.exitcode is None:
                proc.terminate()
        self._task_handler.join()
        self._result_handler.join()
        for proc in self._pool:
            if proc.is_alive():
                proc.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for handler in (self._worker_handler, self._task_handler, self._result_handler):
            handler.join()
        for proc in self._pool:
            proc.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _chunked(iterable, size):
    source = iter(iterable)
    chunk = tuple(itertools.islice(source, size))
    while chunk:
        yield chunk
        chunk = tuple(itertools.islice(source, size))


def _flatten(chunks):
    for chunk in chunks:
        yield from chunk


# ---- results ----------------------------------------------------------------------------

class ApplyResult:
    """The outcome of one apply_async(): ready once its one result is in."""

    def __init__(self, pool, callback=None, error_callback=None):
        self._callback = callback
        self._error_callback = error_callback
        self._done = threading.Event()
        self._success = None
        self._value = None
        self._pool = pool
        self._job = pool._register(self)

    def ready(self):
        return self._done.is_set()

    def successful(self):
        if not self._done.is_set():
            raise ValueError(f"{self!r} not ready")
        return self._success

    def wait(self, timeout=None):
        self._done.wait(timeout)

    def get(self, timeout=None):
        if not self._done.wait(timeout):
            from multiprocessing import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value  #@multiprocessing/pool.py:774

    def _take(self, index, success, value):
        self._settle(success, value)

    def _settle(self, success, value):
        # callbacks run in the handler thread before anyone waiting on get() wakes
        self._success = success
        self._value = value
        notify = self._callback if success else self._error_callback
        if notify is not None:
            notify(value)
        self._done.set()
        self._pool._forget(self._job)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """map_async()'s outcome: the chunks' results in input order, or the first failure once
    every chunk is back."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._chunksize = chunksize
        self._values = [None] * length
        self._failure = None
        self._missing = -(-length // chunksize) if chunksize else 0
        if not self._missing:
            # nothing to wait for (and, as in CPython, no callback)
            self._success, self._value = True, self._values
            self._done.set()
            pool._forget(self._job)

    def _take(self, index, success, value):
        self._missing -= 1
        if success:
            start = index * self._chunksize
            self._values[start:start + len(value)] = value
        elif self._failure is None:
            self._failure = value
        if self._missing == 0:
            if self._failure is None:
                self._settle(True, self._values)
            else:
                self._settle(False, self._failure)


class IMapIterator:
    """imap(): results handed out in input order as they arrive."""

    def __init__(self, pool):
        self._cond = threading.Condition(threading.Lock())
        self._waiting = {}   # index -> (success, value), arrived but not handed out
        self._handed = 0     # how many have been handed out
        self._arrived = 0
        self._total = None   # how many tasks were sent, once the task thread knows
        self._pool = pool
        self._job = pool._register(self)

    def __iter__(self):
        return self

    def _pick(self):
        return self._waiting.pop(self._handed, None)

    def next(self, timeout=None):
        with self._cond:
            while True:
                item = self._pick()
                if item is not None:
                    break
                if self._handed == self._total:
                    raise StopIteration
                if not self._cond.wait(timeout):
                    from multiprocessing import TimeoutError
                    raise TimeoutError
            self._handed += 1
        success, value = item
        if success:
            return value
        raise value  #@multiprocessing/pool.py:873

    __next__ = next

    def _take(self, index, success, value):
        with self._cond:
            self._waiting[index] = (success, value)
            self._arrived += 1
            self._cond.notify()
            self._finish_if_complete()

    def _count(self, total):
        with self._cond:
            self._total = total
            self._cond.notify()
            self._finish_if_complete()

    def _finish_if_complete(self):
        if self._arrived == self._total:
            self._pool._forget(self._job)


class IMapUnorderedIterator(IMapIterator):
    """imap_unordered(): results handed out in the order they arrive."""

    def _pick(self):
        for index in self._waiting:
            return self._waiting.pop(index)
        return None
