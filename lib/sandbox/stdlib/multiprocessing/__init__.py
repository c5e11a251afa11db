# multiprocessing for the sandbox: Process, Queue, Pool, Value, Array, Lock, Manager and
# current_process, on the native process primitives of modules/multiprocessing-core.ts (fork
# copies the parent's globals; every process has its own GIL and clock; processes run in
# parallel on the virtual cores).
#
# What it reproduces from CPython 3.11 with the fork start method: process names
# "Process-N" (N counts every process object made, pool workers "ForkPoolWorker-N" and the
# manager's server "SyncManager-N" included), start/join/is_alive/exitcode, values crossing
# a Queue as copies, the daemon "QueueFeederThread" a process starts on its first put,
# Value/Array shared between processes. Pool is multiprocessing/pool.py, Manager
# multiprocessing/managers.py. The code is the sandbox's own.
from _mp_core import Queue as _NativeQueue, _q_put, _q_get, _q_size, _start, _join, _exitcode, _is_alive, _pid, _my_pid, _my_name, cpu_count, _terminate
from _thread_core import allocate_lock as Lock
import _memfs  # made before any fork, so every process shares the parent's file tree

RLock = Lock
_made = 0  # process objects made so far: the N of "Process-N"


def _next_number():
    global _made
    _made += 1
    return _made


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_children = []


def _run_child(process):
    # first frame of a child process (the native side adds CPython's _bootstrap frames to
    # tracebacks)
    process.run()


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        number = _next_number()
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or f"{type(self).__name__}-{number}"
        self._parent_pid = _my_pid()
        self.daemon = bool(daemon)
        self._started = False

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._started:
            raise AssertionError('cannot start a process twice')
        self._started = True
        _children.append(self)
        _start(self, _run_child)

    def join(self, timeout=None):
        if not self._started:
            raise AssertionError('can only join a started process')
        _join(self, timeout)

    def is_alive(self):
        return self._started and _is_alive(self)

    def terminate(self):
        _terminate(self)

    kill = terminate

    def close(self):
        pass

    @property
    def exitcode(self):
        return _exitcode(self) if self._started else None

    @property
    def pid(self):
        return _pid(self) if self._started else None

    ident = pid

    def __repr__(self):
        words = [type(self).__name__, f"name={self._name!r}"]
        if self._started:
            words.append(f"pid={self.pid}")
        words.append(f"parent={self._parent_pid}")
        code = self.exitcode
        if not self._started:
            words.append("initial")
        elif code is None:
            words.append("started")
        else:
            words.append("stopped")
            if code:
                words.append(f"exitcode={code}")
        if self.daemon:
            words.append("daemon")
        return "<" + " ".join(words) + ">"


class ForkProcess(Process):
    pass


class _ThisProcess:
    """What current_process() returns: the name and pid of the process asking."""
    daemon = False

    @property
    def name(self):
        return _my_name()

    @property
    def pid(self):
        return _my_pid()

    ident = pid

    def __repr__(self):
        return f"<_MainProcess name={self.name!r} parent=None started>" if self.name == "MainProcess" else f"<ForkProcess name={self.name!r} started>"


def current_process():
    return _ThisProcess()


def parent_process():
    return None


def active_children():
    return [p for p in _children if p.is_alive()]


# ---- queues -----------------------------------------------------------------------------

def _feeder():
    # the feeder thread's writes are done natively; it only has to exist, blocked for good
    gate = Lock()
    gate.acquire()
    gate.acquire()


class Queue:
    """Items are copied when put and reach other processes at the putter's virtual time."""

    def __init__(self, maxsize=0):
        self._q = _NativeQueue()
        self._feeder_of = None  # pid of the process whose feeder thread is running

    def put(self, obj, block=True, timeout=None):
        if self._feeder_of != _my_pid():
            import threading
            self._feeder_of = _my_pid()
            threading.Thread(target=_feeder, name='QueueFeederThread', daemon=True).start()
        _q_put(self._q, obj)

    def get(self, block=True, timeout=None):
        return _q_get(self._q, block, timeout)

    def put_nowait(self, obj):
        self.put(obj, False)

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
    # writes go straight to the pipe: no feeder thread
    def put(self, obj):
        _q_put(self._q, obj)


class JoinableQueue(Queue):
    def task_done(self):
        pass

    def join(self):
        pass


# ---- Pool -------------------------------------------------------------------------------

def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    # a function, as CPython's context method is; the class lives in multiprocessing/pool.py
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


# ---- shared memory ----------------------------------------------------------------------

class Value:
    _mp_shared = True  # not copied at fork or through queues: every process sees this object

    def __init__(self, typecode_or_type, *args, lock=True):
        self._typecode = typecode_or_type
        self.value = args[0] if args else 0
        self._lock = Lock()

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

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


def Manager():
    from multiprocessing.managers import SyncManager
    manager = SyncManager()
    manager.start()
    return manager


# ---- start methods ----------------------------------------------------------------------

def get_context(method=None):
    import multiprocessing
    return multiprocessing


def set_start_method(method, force=False):
    pass


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def freeze_support():
    pass
