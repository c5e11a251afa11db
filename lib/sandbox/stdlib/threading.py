# threading for the sandbox.
#
# What it reproduces from CPython 3.11 (observable behaviour, as documented and as the golden
# cases pin it): thread names "Thread-N (target)", the start() handshake (the new thread keeps
# the GIL until it blocks or is preempted), RLock ownership rules and repr, a Condition that
# wakes its waiters first come, first served, and Semaphore, Event and Barrier built on that
# Condition, so their wake-ups come in the same order as CPython's. Timer is a thread waiting
# on an Event. The code is the sandbox's own; the native half (the plain lock, creating and
# joining threads) is modules/thread-core.ts.
from _thread_core import allocate_lock as _new_lock, get_ident, _newname, _start, _join, _is_alive, _ident, _current, _set_current, _all, _register_atexit
from time import monotonic as _now

Lock = _new_lock
TIMEOUT_MAX = 1e9


def get_native_id():
    return get_ident()


class RLock:
    """A plain lock plus the ident of the thread holding it and how many times it took it."""

    def __init__(self):
        self._plain = _new_lock()
        self._holder = None
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder == me:
            self._depth += 1
            return True
        if not self._plain.acquire(blocking, timeout):
            return False
        self._holder = me
        self._depth = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._plain.release()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        if self._depth == 0:
            return "<unlocked _thread.RLock object owner=0 count=0>"
        return f"<locked _thread.RLock object owner={self._holder} count={self._depth}>"

    # Condition.wait gives the lock up entirely, whatever the depth, and takes it back after
    def _give_up(self):
        saved = (self._holder, self._depth)
        self._holder = None
        self._depth = 0
        self._plain.release()
        return saved

    def _take_back(self, saved):
        self._plain.acquire()
        self._holder, self._depth = saved

    def _mine(self):
        return self._holder == get_ident()


def _caller_holds(lock):
    if isinstance(lock, RLock):
        return lock._mine()
    # a plain lock has no owner: if it can be taken now, nobody (so not the caller) held it
    if lock.acquire(False):
        lock.release()
        return False
    return True


class Condition:
    """Waiters queue up in arrival order, each parked on a lock of its own that notify()
    releases, oldest first."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def _is_owned(self):
        return _caller_holds(self._lock)

    def wait(self, timeout=None):
        if not _caller_holds(self._lock):
            raise RuntimeError("cannot wait on un-acquired lock")
        parked = _new_lock()
        parked.acquire()
        self._waiters.append(parked)
        lock = self._lock
        saved = lock._give_up() if isinstance(lock, RLock) else lock.release()
        woken = False
        try:
            if timeout is None:
                woken = parked.acquire()
            elif timeout > 0:
                woken = parked.acquire(True, timeout)
            else:
                woken = parked.acquire(False)
            return woken
        finally:
            if isinstance(lock, RLock):
                lock._take_back(saved)
            else:
                lock.acquire()
            if not woken and parked in self._waiters:
                self._waiters.remove(parked)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = None
        while not result:
            if timeout is None:
                self.wait()
            elif deadline is None:
                # the first wait gets the whole timeout; later ones what is left of it
                deadline = _now() + timeout
                self.wait(timeout)
            else:
                left = deadline - _now()
                if left <= 0:
                    break
                self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not _caller_holds(self._lock):
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and self._waiters:
            parked = self._waiters.pop(0)
            try:
                parked.release()
            except RuntimeError:
                continue  # already released by an earlier notify: it does not count
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def _available(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking and self._value == 0:
                self._cond.wait_for(self._available, timeout)
            if self._value == 0:
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._limit = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._limit:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


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
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier goes round a cycle: FILLING while threads arrive, DRAINING once the last one has
# arrived and the waiters leave; RESETTING after reset() with threads still inside, BROKEN after
# abort(), a timeout or a failing action. A new cycle only begins when everyone has left.
_FILLING, _DRAINING, _RESETTING, _BROKEN = "filling", "draining", "resetting", "broken"


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._default_timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._inside = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._default_timeout
        with self._cond:
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._inside == 0:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


def _thread_main(thread):
    # the first frame of every new thread (the native side adds CPython's _bootstrap_inner frame
    # to tracebacks)
    thread.run()


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._name = str(name) if name else _newname(target)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._started = False
        self._initialized = True

    def _status(self):
        if not self._started:
            words = "initial"
        elif self.is_alive():
            words = "started"
        else:
            words = "stopped"
        if self._daemonic:
            words += " daemon"
        if self._started:
            words += " " + str(self.ident)
        return words

    def __repr__(self):
        return f"<{type(self).__name__}({self._name}, {self._status()})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        _start(self, _thread_main)

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

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

    # the camelCase names 3.11 still accepts
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _AdoptedThread(Thread):
    """A Thread object for a thread this module did not start: the main thread, or a thread
    made natively (executor workers see themselves through current_thread())."""

    def __init__(self, name, daemon):
        self._name = name
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._daemonic = daemon
        self._started = True
        self._initialized = True


class _MainThread(_AdoptedThread):
    pass


class _DummyThread(_AdoptedThread):
    pass


_main = None


def current_thread():
    global _main
    me = _current()
    if me is not None:
        return me
    if _main is None:
        me = _main = _MainThread("MainThread", False)
    else:
        me = _DummyThread("Dummy-" + str(get_ident()), True)
    _set_current(me)
    return me


currentThread = current_thread


def main_thread():
    current_thread()
    return _main


def enumerate():
    current_thread()
    return _all()


def active_count():
    return len(enumerate())


activeCount = active_count


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# threading.local: each thread sees its own attributes. They are kept per (instance, thread)
# outside the instance, so ordinary lookup never finds them and __getattr__ is asked.
_per_thread = {}


class local:
    def _slot(self, create):
        key = (id(self), get_ident())
        found = _per_thread.get(key)
        if found is None and create:
            found = _per_thread[key] = {}
        return found

    def __getattr__(self, name):
        found = self._slot(False)
        if found is None or name not in found:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return found[name]

    def __setattr__(self, name, value):
        self._slot(True)[name] = value

    def __delattr__(self, name):
        found = self._slot(False)
        if found is None or name not in found:
            raise AttributeError(name)
        del found[name]


def excepthook(args):
    pass


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0
