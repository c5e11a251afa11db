# multiprocessing.pool for the sandbox, shaped like CPython 3.11's fork Pool: worker processes
# ("ForkPoolWorker-N") take tasks from one inbound queue and put results on one outbound queue; in
# the parent, three threads run the pool ("Thread-N (_handle_workers)", "(_handle_tasks)" and
# "(_handle_results)"): the task handler moves batches of tasks from the pool's task queue to the
# workers (a value that cannot be pickled fails its job there), the result handler hands results
# to their job, which calls the job's callback or error_callback in that thread. map() and
# starmap() cut their input in chunks of len(iterable) / (4 * workers), rounded up, each chunk one
# task; imap() and imap_unordered() default to chunks of one. A worker's exception comes back with
# its traceback as text, as the __cause__ of the exception get() raises.
import itertools
import queue
import threading
from _mp_core import cpu_count as _cpu_count
from _traceback_core import format_exception as _format_exception

RUN = 0
CLOSE = 1
TERMINATE = 2

job_counter = itertools.count()

def mapstar(args):
    return list(map(*args))  #@multiprocessing/pool.py:48

def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))  #@multiprocessing/pool.py:51

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb
    def __str__(self):
        return self.tb

def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))  #@multiprocessing/pool.py:125
        except Exception as e:
            # the traceback travels as text and becomes the parent's __cause__
            result = (False, (e, '\n"""\n%s"""' % _format_exception(e)))
        outqueue.put((job, i, result))
        completed += 1

def _unwrap(obj):
    # a worker's (False, (exc, traceback text)) becomes (False, exc) with the cause attached
    success, value = obj
    if not success and isinstance(value, tuple):
        exc, tb = value
        exc.__cause__ = RemoteTraceback(tb)
        return (False, exc)
    return obj

class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        import multiprocessing as _mp
        self._mp = _mp
        self._pool = []
        self._state = RUN
        self._taskqueue = queue.SimpleQueue()
        self._change_notifier = queue.SimpleQueue()
        self._cache = {}
        if processes is None:
            processes = _cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._inqueue = _mp.SimpleQueue()
        self._outqueue = _mp.SimpleQueue()
        for _ in range(processes):
            w = _mp.Process(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs, maxtasksperchild))
            w.name = w.name.replace('Process', 'ForkPoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._worker_handler = threading.Thread(target=Pool._handle_workers, args=(self._cache, self._taskqueue, self._change_notifier))
        self._worker_handler.daemon = True
        self._worker_handler._state = RUN
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=Pool._handle_tasks, args=(self._taskqueue, self._inqueue.put, self._outqueue, self._pool, self._cache))
        self._task_handler.daemon = True
        self._task_handler._state = RUN
        self._task_handler.start()
        self._result_handler = threading.Thread(target=Pool._handle_results, args=(self._outqueue, self._outqueue.get, self._cache))
        self._result_handler.daemon = True
        self._result_handler._state = RUN
        self._result_handler.start()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return f'<multiprocessing.pool.Pool state={state} pool_size={len(self._pool)}>'

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()  #@multiprocessing/pool.py:360

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()  #@multiprocessing/pool.py:367

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()  #@multiprocessing/pool.py:375

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            self._taskqueue.put((self._guarded_task_generation(result._job, func, iterable), result._set_length))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = IMapIterator(self)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapstar, task_batches), result._set_length))
        return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            self._taskqueue.put((self._guarded_task_generation(result._job, func, iterable), result._set_length))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = IMapUnorderedIterator(self)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapstar, task_batches), result._set_length))
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapper, task_batches), None))
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    @staticmethod
    def _handle_workers(cache, taskqueue, change_notifier):
        thread = threading.current_thread()
        # keep the workers until the jobs in hand are done, unless the pool is terminated
        while thread._state == RUN or (cache and thread._state != TERMINATE):
            change_notifier.get()
        taskqueue.put(None)

    @staticmethod
    def _handle_tasks(taskqueue, put, outqueue, pool, cache):
        thread = threading.current_thread()
        while True:
            item = taskqueue.get()
            if item is None:
                break
            taskseq, set_length = item
            task = None
            stopped = False
            for task in taskseq:
                if thread._state != RUN:
                    stopped = True
                    break
                try:
                    put(task)
                except Exception as e:
                    job, idx = task[:2]
                    try:
                        cache[job]._set(idx, (False, e))
                    except KeyError:
                        pass
            if stopped:
                break
            if set_length:
                set_length((task[1] if task else -1) + 1)
            task = taskseq = None
        # tell the result handler and the workers to finish
        outqueue.put(None)
        for p in pool:
            put(None)

    @staticmethod
    def _handle_results(outqueue, get, cache):
        thread = threading.current_thread()
        while True:
            task = get()
            if thread._state != RUN or task is None:
                break
            job, i, obj = task
            try:
                cache[job]._set(i, _unwrap(obj))
            except KeyError:
                pass
            task = job = obj = None
        # results of jobs still in hand after the sentinel
        while cache and thread._state != TERMINATE:
            task = get()
            if task is None:
                continue
            job, i, obj = task
            try:
                cache[job]._set(i, _unwrap(obj))
            except KeyError:
                pass

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._change_notifier.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._worker_handler._state = TERMINATE
        self._change_notifier.put(None)
        self._task_handler._state = TERMINATE
        self._result_handler._state = TERMINATE
        self._outqueue.put(None)
        self._worker_handler.join()
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            if p.is_alive():
                p.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

def _helper_reraises_exception(ex):
    raise ex

class ApplyResult(object):
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value  #@multiprocessing/pool.py:774

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

AsyncResult = ApplyResult

class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # the first failure is the one get() raises
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None

class IMapIterator(object):
    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
            item = self._items.pop(0)
        success, value = item
        if success:
            return value
        raise value  #@multiprocessing/pool.py:873

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None

class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None
