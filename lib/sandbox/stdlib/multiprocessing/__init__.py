# multiprocessing for the sandbox: Process, Queue, Pool (multiprocessing/pool.py), Value, Lock and
# current_process, on the native process primitives of modules/multiprocessing-core.ts.
from _mp_core import Queue as _Queue, _q_put, _q_get, _q_size, _start, _join, _exitcode, _is_alive, _pid, _my_pid, _my_name, cpu_count, _terminate
import queue as _queuemod
_counter = 0
class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        global _counter
        _counter += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or ("%s-%d" % (type(self).__name__, _counter))
        self.daemon = bool(daemon)
        self._started = False
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v
    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)
    def start(self):
        if self._started:
            raise AssertionError('cannot start a process twice')
        self._started = True
        _start(self, _bootstrap)
    def join(self, timeout=None):
        if not self._started:
            raise AssertionError('can only join a started process')
        _join(self, timeout)
    def is_alive(self):
        return self._started and _is_alive(self)
    def terminate(self):
        _terminate(self)
    def kill(self):
        _terminate(self)
    def close(self):
        pass
    @property
    def exitcode(self):
        if not self._started:
            return None
        return _exitcode(self)
    @property
    def pid(self):
        return _pid(self) if self._started else None
    ident = pid
    def __repr__(self):
        return f"<Process name='{self._name}'>"

class ForkProcess(Process):
    pass

def _bootstrap(p):
    p.run()

class _Current:
    @property
    def name(self):
        return _my_name()
    @property
    def pid(self):
        return _my_pid()
    daemon = False
def current_process():
    return _Current()
def parent_process():
    return None

def _feed():
    # the feeder thread's pipe writes are done natively; it only has to exist (and block)
    lock = Lock()
    lock.acquire()
    lock.acquire()

class Queue:
    def __init__(self, maxsize=0):
        self._q = _Queue()
        self._feeder_pid = None
    def put(self, obj, block=True, timeout=None):
        if self._feeder_pid != _my_pid():
            # like CPython, the first put() in each process starts a daemon 'QueueFeederThread'
            import threading
            self._feeder_pid = _my_pid()
            threading.Thread(target=_feed, name='QueueFeederThread', daemon=True).start()
        _q_put(self._q, obj)
    def get(self, block=True, timeout=None):
        return _q_get(self._q, block, timeout)
    def put_nowait(self, obj):
        self.put(obj)
    def get_nowait(self):
        return self.get(False)
    def qsize(self):
        return _q_size(self._q)
    def empty(self):
        return _q_size(self._q) == 0
    def close(self):
        pass
    def join_thread(self):
        pass
class SimpleQueue(Queue):
    # no feeder thread: SimpleQueue writes to the pipe directly
    def put(self, obj):
        _q_put(self._q, obj)
JoinableQueue = Queue

def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    # a function, as CPython's context method is (multiprocessing/pool.py has the class)
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)

def get_context(method=None):
    import multiprocessing
    return multiprocessing
def set_start_method(method, force=False):
    pass
def get_start_method():
    return 'fork'
from _thread_core import allocate_lock as Lock
RLock = Lock
class Value:
    _mp_shared = True
    def __init__(self, typecode_or_type, *args, lock=True):
        self.value = args[0] if args else 0
        self._lock = Lock()
    def get_lock(self):
        return self._lock
    def __repr__(self):
        return f"<Synchronized wrapper for c_int({self.value})>"
class Array:
    _mp_shared = True
    def __init__(self, typecode_or_type, size_or_initializer, *, lock=True):
        if isinstance(size_or_initializer, int):
            self._items = [0] * size_or_initializer
        else:
            self._items = list(size_or_initializer)
        self._lock = Lock()
    def get_lock(self):
        return self._lock
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
