# concurrent.futures._base for the sandbox: Future (with its condition variable and waiters),
# wait, as_completed and the Executor base class, on the sandbox's threading module.
import threading

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'
class CancelledError(Exception):
    pass
TimeoutError = TimeoutError
class InvalidStateError(Exception):
    pass
class BrokenExecutor(RuntimeError):
    pass

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []
    def add_result(self, future):
        self.finished_futures.append(future)
    def add_exception(self, future):
        self.finished_futures.append(future)
    def add_cancelled(self, future):
        self.finished_futures.append(future)

class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()
    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()
    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()
    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()

class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()
    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()
    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()

class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()
    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()
    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()
    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()
    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()

class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []
    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                pass
    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (self.__class__.__name__, id(self), self._state.lower(), self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (self.__class__.__name__, id(self), self._state.lower(), self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), self._state.lower())
    def cancel(self):
        with self._condition:
            if self._state in [_RUNNING, _FINISHED]:
                return False
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True
    def cancelled(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]
    def running(self):
        with self._condition:
            return self._state == _RUNNING
    def done(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]
    def __get_result(self):
        if self._exception:
            raise self._exception  #@concurrent/futures/_base.py:401
        else:
            return self._result
    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
                self._done_callbacks.append(fn)
                return
        fn(self)
    def result(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  #@concurrent/futures/_base.py:447
            elif self._state == _FINISHED:
                return self.__get_result()  #@concurrent/futures/_base.py:449
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  #@concurrent/futures/_base.py:454
            elif self._state == _FINISHED:
                return self.__get_result()  #@concurrent/futures/_base.py:456
            else:
                raise TimeoutError()  #@concurrent/futures/_base.py:458
    def exception(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            else:
                raise TimeoutError()
    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == _PENDING:
                self._state = _RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')
    def set_result(self, result):
        with self._condition:
            if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()
    def set_exception(self, exception):
        with self._condition:
            if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

class _AcquireFutures:
    def __init__(self, futures):
        self.futures = sorted(futures, key=id)
    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()
    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()

def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(f._state not in [_CANCELLED_AND_NOTIFIED, _FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter
_AS_COMPLETED = '_AS_COMPLETED'

def _yield_finished_futures(fs, waiter, ref_collect):
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()

def as_completed(fs, timeout=None):
    from time import monotonic as time
    if timeout is not None:
        end_time = timeout + time()
    fs = _ordered(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in [_CANCELLED_AND_NOTIFIED, _FINISHED]]
        pending = [f for f in fs if f not in finished]
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)

def _ordered(fs):
    out = []
    for f in fs:
        if f not in out:
            out.append(f)
    return out

class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done
    def __iter__(self):
        return iter((self.done, self.not_done))
    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = _ordered(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in [_CANCELLED_AND_NOTIFIED, _FINISHED])
        not_done = set(fs) - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, set(fs) - done)

def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)  #@concurrent/futures/_base.py:317
    finally:
        fut.cancel()

class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        from time import monotonic as time
        if timeout is not None:
            end_time = timeout + time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())  #@concurrent/futures/_base.py:619
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time())
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
