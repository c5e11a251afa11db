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
from _mp_core import Queue as _NativeQueue, _q_put, _q_get, _q_size, _start, _join, _exitcode, _is_alive, _pid, _my_pid, _my_name, cpu_count, _terminate, _f32, _q_close, _q_poll, _pipe_direction
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


# ---- Pipe -------------------------------------------------------------------------------

class Connection:
    """One end of a Pipe: messages are copied when sent and reach the other end at the
    sender's virtual time; recv() parks the caller until one arrives, and raises EOFError once
    the pipe is drained and every process holding the sending end (forks inherit it) has
    closed it or exited."""

    _handles = 2  # CPython's pipe handles start after stdin/stdout/stderr

    def __init__(self, incoming, outgoing):
        self._in = incoming
        self._out = outgoing
        self._closed = False
        Connection._handles += 1
        self._handle = Connection._handles

    closed = property(lambda self: self._closed)
    readable = property(lambda self: self._in is not None)
    writable = property(lambda self: self._out is not None)

    def _check(self, reading):
        if self._closed:
            raise OSError("handle is closed")
        if reading and self._in is None:
            raise OSError("connection is write-only")
        if not reading and self._out is None:
            raise OSError("connection is read-only")

    def fileno(self):
        self._check(self._in is not None)
        return self._handle

    def send(self, obj):
        self._check(False)
        _q_put(self._out, obj)

    def recv(self):
        self._check(True)
        return _q_get(self._in, True, None)

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        data = bytes(memoryview(buf)) if not isinstance(buf, (bytes, bytearray)) else bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        _q_put(self._out, data[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        self._check(True)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = _q_get(self._in, True, None)
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        self._check(True)
        return _q_poll(self._in, timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._out is not None:
                _q_close(self._out)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"<multiprocessing.connection.Connection object at {hex(id(self))}>"


def Pipe(duplex=True):
    there, back = _pipe_direction(), _pipe_direction()
    if duplex:
        return Connection(back, there), Connection(there, back)
    # one-way: the first end only receives, the second only sends
    return Connection(there, None), Connection(None, there)


# ---- Pool -------------------------------------------------------------------------------

def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    # a function, as CPython's context method is; the class lives in multiprocessing/pool.py
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


# ---- shared memory ----------------------------------------------------------------------

# what each type code's ctypes type keeps of a value: ints wrap to their width as ctypes
# truncates them, 'f' rounds to single precision, 'c' holds one byte
_CTYPES = {'b': ('c_byte', 8, True), 'B': ('c_ubyte', 8, False), 'h': ('c_short', 16, True),
           'H': ('c_ushort', 16, False), 'i': ('c_int', 32, True), 'I': ('c_uint', 32, False),
           'l': ('c_long', 64, True), 'L': ('c_ulong', 64, False), 'q': ('c_long', 64, True),
           'Q': ('c_ulong', 64, False), 'd': ('c_double', 0, False), 'f': ('c_float', 0, False),
           'c': ('c_char', 0, False), 'u': ('c_wchar', 0, False)}


def _ctype(typecode):
    if typecode not in _CTYPES:
        raise TypeError("this type has no size")
    return _CTYPES[typecode]


def _zero(typecode):
    return {'d': 0.0, 'f': 0.0, 'c': b'\x00', 'u': ''}.get(typecode, 0)


def _store(typecode, v):
    name, bits, signed = _ctype(typecode)
    if typecode in 'df':
        if not isinstance(v, (int, float)):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        return _f32(v) if typecode == 'f' else float(v)
    if typecode == 'c':
        if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 256:
            return bytes([v])
        if isinstance(v, (bytes, bytearray)) and len(v) == 1:
            return bytes(v)
        raise TypeError("one character bytes, bytearray or integer expected")
    if typecode == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError("unicode string expected instead of " + type(v).__name__ + " instance")
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    v = int(v) & ((1 << bits) - 1)
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


class _LockedShared:
    """What Value and Array share: the lock that guards them, taken through the object itself."""

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)


class Value(_LockedShared):
    _mp_shared = True  # not copied at fork or through queues: every process sees this object (the
    # fork looks in the class's own namespace, so each class says it)

    def __init__(self, typecode_or_type, *args, lock=True):
        self._typecode = typecode_or_type
        self._value = _store(typecode_or_type, args[0]) if args else _zero(typecode_or_type)
        self._lock = Lock()

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _store(self._typecode, v)

    def __repr__(self):
        return f"<Synchronized wrapper for {_ctype(self._typecode)[0]}({self._value!r})>"


class Array(_LockedShared):
    _mp_shared = True

    def __init__(self, typecode_or_type, size_or_initializer, *, lock=True):
        self._typecode = typecode_or_type
        _ctype(typecode_or_type)
        if isinstance(size_or_initializer, int):
            self._items = [_zero(typecode_or_type)] * size_or_initializer
        else:
            source = size_or_initializer
            if typecode_or_type == 'c' and isinstance(source, (bytes, bytearray)):
                source = [source[i:i + 1] for i in range(len(source))]
            self._items = [_store(typecode_or_type, v) for v in source]
        self._lock = Lock()

    def __getitem__(self, i):
        if isinstance(i, slice):
            part = self._items[i]
            return b''.join(part) if self._typecode == 'c' else ''.join(part) if self._typecode == 'u' else part
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("invalid index") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if self._typecode == 'c' and isinstance(v, (bytes, bytearray)):
                v = [v[k:k + 1] for k in range(len(v))]
            values = [_store(self._typecode, x) for x in v]
            if len(values) != len(range(*i.indices(len(self._items)))):
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = values
            return
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("invalid index")
        self._items[i] = _store(self._typecode, v)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    @property
    def value(self):
        # a char array's value stops at its first NUL byte, as ctypes' c_char arrays do
        if self._typecode != 'c':
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'value'")
        raw = b''.join(self._items)
        end = raw.find(b'\x00')
        return raw if end < 0 else raw[:end]

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'raw'")
        return b''.join(self._items)


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
