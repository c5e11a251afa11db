# concurrent.futures._base for the sandbox: Future, wait, as_completed and the Executor base.
#
# What it reproduces from CPython 3.11's documented behaviour: a Future goes PENDING ->
# RUNNING -> FINISHED, or is CANCELLED while still pending; result()/exception() block on the
# future's condition; done-callbacks run in the thread that finishes the future, in the order
# they were added, or at once when added to a finished future. wait() and as_completed() park
# on an Event that every watched future signals as it finishes; as_completed yields the
# futures already finished first (last of them first, as CPython's pops do) and then the
# others in the order they finish. Executor.map submits everything at once and yields results
# in input order, cancelling what is left if the consumer stops. The code is the sandbox's own;
# lines marked #@ stand for CPython's in tracebacks.
import threading
from collections import namedtuple
from time import monotonic as _now

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# a future's states; CANCELLED_AND_NOTIFIED means a worker has seen the cancellation
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class _Watcher:
    """What wait() or as_completed() parks on: finished futures collect in `finished` and
    `event` is set once the watcher's condition holds."""

    def __init__(self, mode, outstanding=0):
        self.mode = mode
        self.outstanding = outstanding
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []

    def arrived(self, future, failed=False):
        with self.lock:
            self.finished.append(future)
            if self.mode in (_AS_COMPLETED, FIRST_COMPLETED):
                self.event.set()
                return
            if failed and self.mode == FIRST_EXCEPTION:
                self.event.set()
                return
            self.outstanding -= 1
            if self.outstanding == 0:
                self.event.set()

    def take(self):
        with self.lock:
            batch, self.finished = self.finished, []
            self.event.clear()
        return batch


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            text = f'<{type(self).__name__} at {id(self):#x} state={self._state.lower()}'
            if self._state == FINISHED:
                if self._exception:
                    text += f' raised {type(self._exception).__name__}'
                else:
                    text += f' returned {type(self._result).__name__}'
            return text + '>'

    def _run_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                pass

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception  #@concurrent/futures/_base.py:401
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            pass

    def result(self, timeout=None):
        with self._condition:
            if self._state == FINISHED:
                return self.__get_result()  #@concurrent/futures/_base.py:449
            if self._state in _CANCELLED_STATES:
                raise CancelledError()  #@concurrent/futures/_base.py:447
            self._condition.wait(timeout)
            if self._state == FINISHED:
                return self.__get_result()  #@concurrent/futures/_base.py:456
            if self._state in _CANCELLED_STATES:
                raise CancelledError()  #@concurrent/futures/_base.py:454
            raise TimeoutError()  #@concurrent/futures/_base.py:458

    def exception(self, timeout=None):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watcher in self._waiters:
                    watcher.arrived(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _settle(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for watcher in self._waiters:
                watcher.arrived(self, exception is not None)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._settle(result, None)

    def set_exception(self, exception):
        self._settle(None, exception)


def _lock_all(fs):
    # always in the same order, so two threads locking overlapping sets cannot deadlock
    ordered = sorted(fs, key=id)
    for f in ordered:
        f._condition.acquire()
    return ordered


def _unlock_all(ordered):
    for f in ordered:
        f._condition.release()


def _unique(fs):
    seen = []
    for f in fs:
        if f not in seen:
            seen.append(f)
    return seen


def _stop_watching(fs, watcher):
    for f in fs:
        with f._condition:
            if watcher in f._waiters:
                f._waiters.remove(watcher)


def as_completed(fs, timeout=None):
    deadline = None if timeout is None else _now() + timeout
    fs = _unique(fs)
    locked = _lock_all(fs)
    try:
        ready = [f for f in fs if f._state in _SETTLED_STATES]
        pending = [f for f in fs if f not in ready]
        watcher = _Watcher(_AS_COMPLETED)
        for f in fs:
            f._waiters.append(watcher)
    finally:
        _unlock_all(locked)
    try:
        while ready:
            yield ready.pop()
        while pending:
            wait_for = None
            if deadline is not None:
                wait_for = deadline - _now()
                if wait_for < 0:
                    raise TimeoutError(f'{len(pending)} (of {len(fs)}) futures unfinished')
            watcher.event.wait(wait_for)
            for f in watcher.take():
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _stop_watching(fs, watcher)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = _unique(fs)
    locked = _lock_all(fs)
    try:
        done = set(f for f in fs if f._state in _SETTLED_STATES)
        not_done = set(f for f in fs if f not in done)
        if done and return_when == FIRST_COMPLETED:
            return DoneAndNotDoneFutures(done, not_done)
        if done and return_when == FIRST_EXCEPTION:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError(f"Invalid return condition: {return_when!r}")
        watcher = _Watcher(return_when, len(not_done))
        for f in fs:
            f._waiters.append(watcher)
    finally:
        _unlock_all(locked)
    watcher.event.wait(timeout)
    _stop_watching(fs, watcher)
    done.update(watcher.finished)
    return DoneAndNotDoneFutures(done, set(f for f in fs if f not in done))


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)  #@concurrent/futures/_base.py:317
    finally:
        fut.cancel()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else _now() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        fs.reverse()  # popped from the end: results come in input order

        def result_iterator():
            try:
                while fs:
                    if deadline is None:
                        yield _result_or_cancel(fs.pop())  #@concurrent/futures/_base.py:619
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - _now())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
