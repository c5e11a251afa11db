# threading for the sandbox: Thread, RLock, Condition, Semaphore, Event, Barrier, Timer on a
# native lock (modules/thread-core.ts). Condition keeps a FIFO list of waiter locks, so notify()
# wakes threads in the same order as CPython 3.11.
from _thread_core import allocate_lock as _allocate_lock, get_ident, _newname, _start, _join, _is_alive, _ident, _current, _set_current, _all, _register_atexit
Lock = _allocate_lock
TIMEOUT_MAX = 1e9
class RLock:
    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0
    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc
    __enter__ = acquire
    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()
    def __exit__(self, t, v, tb):
        self.release()
    def _release_save(self):
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state
    def _is_owned(self):
        return self._owner == get_ident()
    def __repr__(self):
        return f"<unlocked _thread.RLock object owner=0 count=0>" if not self._count else f"<locked _thread.RLock object owner={self._owner} count={self._count}>"

class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
    def __enter__(self):
        return self._lock.__enter__()
    def __exit__(self, *args):
        return self._lock.__exit__(*args)
    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
    def _acquire_restore(self, x):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(x)
        else:
            self._lock.acquire()
    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True
    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass
    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result
    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass
    def notify_all(self):
        self.notify(len(self._waiters))
    notifyAll = notify_all

from time import monotonic as _time

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value
    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc
    __enter__ = acquire
    def release(self, n=1):
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()
    def __exit__(self, t, v, tb):
        self.release()

class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value
    def release(self, n=1):
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()

class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False
    def is_set(self):
        return self._flag
    isSet = is_set
    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()
    def clear(self):
        with self._cond:
            self._flag = False
    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled

class BrokenBarrierError(RuntimeError):
    pass

class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0
    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()
    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()
    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()
    def abort(self):
        with self._cond:
            self._break()
    def _break(self):
        self._state = -2
        self._cond.notify_all()
    @property
    def parties(self):
        return self._parties
    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0
    @property
    def broken(self):
        return self._state == -2

def _bootstrap(thread):
    thread.run()

class Thread:
    _initialized = False
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname(target)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._started = False
        self._initialized = True
    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._started and not self.is_alive():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)
    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        _start(self, _bootstrap)
    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs
    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _join(self, timeout)
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, name):
        self._name = str(name)
    @property
    def ident(self):
        return _ident(self) if self._started else None
    native_id = ident
    def is_alive(self):
        return self._started and _is_alive(self)
    @property
    def daemon(self):
        return self._daemonic
    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic
    def isDaemon(self):
        return self.daemon
    def setDaemon(self, daemonic):
        self.daemon = daemonic
    def getName(self):
        return self.name
    def setName(self, name):
        self.name = name

class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._daemonic = False
        self._started = True
        self._initialized = True
        self._args = ()
        self._kwargs = {}

class _DummyThread(Thread):
    def __init__(self, name):
        self._target = None
        self._name = name
        self._daemonic = True
        self._started = True
        self._initialized = True
        self._args = ()
        self._kwargs = {}

_main = None
def current_thread():
    t = _current()
    if t is None:
        global _main
        if _main is None:
            _main = _MainThread()
            _set_current(_main)
            return _main
        t = _DummyThread("Dummy-" + str(get_ident()))
        _set_current(t)
    return t
currentThread = current_thread
def main_thread():
    current_thread()
    return _main if _main is not None else current_thread()
def enumerate():
    current_thread()
    return _all()
def active_count():
    return len(enumerate())
activeCount = active_count

class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()
    def cancel(self):
        self.finished.set()
    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()

_local_storage = {}
class local:
    def __getattr__(self, name):
        d = _local_storage.get((id(self), get_ident()))
        if d is not None and name in d:
            return d[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
    def __setattr__(self, name, value):
        key = (id(self), get_ident())
        d = _local_storage.get(key)
        if d is None:
            d = {}
            _local_storage[key] = d
        d[name] = value
    def __delattr__(self, name):
        d = _local_storage.get((id(self), get_ident()))
        if d is None or name not in d:
            raise AttributeError(name)
        del d[name]

def excepthook(args):
    pass
def settrace(f):
    pass
def setprofile(f):
    pass
def stack_size(size=0):
    return 0
