# asyncio.locks for the sandbox: Lock, Event, Condition, Semaphore and BoundedSemaphore.
#
# What it reproduces from CPython 3.11: a task that must wait parks on a future of its own in a
# first-in first-out list; releasing completes the oldest live future, and the woken task runs
# on a later loop iteration, so a task that acquires in between can still get there first. A
# Lock (or Semaphore) with only cancelled waiters counts as free; a waiter cancelled after being
# woken passes its wake-up on; Condition.wait re-acquires the lock even when cancelled. The
# code is the sandbox's own.
from _asyncio_core import CancelledError, get_running_loop, _set_detail


def _with_state(obj, state):
    return f'{object.__repr__(obj)[:-1]} [{state}]>'


class _WaitList:
    """The futures of the tasks waiting on a primitive, oldest first."""

    def __init__(self):
        self._waiters = []

    def _enqueue(self, detail=None):
        fut = get_running_loop().create_future()
        if detail is not None:
            _set_detail(fut, detail)
        self._waiters.append(fut)
        return fut

    async def _wait_on(self, fut):
        try:
            return await fut
        finally:
            self._waiters.remove(fut)

    async def _park(self, detail=None):
        return await self._wait_on(self._enqueue(detail))

    def _oldest_live(self):
        for fut in self._waiters:
            if not fut.done():
                return fut
        return None

    def _anyone_waiting(self):
        for fut in self._waiters:
            if not fut.cancelled():
                return True
        return False


class _AsyncWith:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_WaitList, _AsyncWith):
    def __init__(self):
        _WaitList.__init__(self)
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _with_state(self, state)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._anyone_waiting():
            self._locked = True
            return True
        try:
            await self._park("Lock.acquire")
        except CancelledError:
            # woken but cancelled before running: hand the wake-up to the next waiter
            if not self._locked:
                self._wake_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        # only the head of the queue is woken, even if it is already done
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_WaitList):
    def __init__(self):
        _WaitList.__init__(self)
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _with_state(self, state)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await self._park("Event.wait")
        return True


class Condition(_WaitList, _AsyncWith):
    def __init__(self, lock=None):
        _WaitList.__init__(self)
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _with_state(self, state)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._park()
            return True
        finally:
            # the lock comes back whatever happened; a cancellation meanwhile is re-raised after
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        # the predicate's last value is the result, so a truthy non-bool comes back as it is
        while not (outcome := predicate()):
            await self.wait()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_WaitList, _AsyncWith):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        _WaitList.__init__(self)
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _with_state(self, state)

    def locked(self):
        return self._value == 0 or self._anyone_waiting()

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._enqueue("Semaphore.acquire")
        try:
            try:
                await self._wait_on(fut)
            except CancelledError:
                # woken (the count was taken for us) and then cancelled: give the count back
                if fut.done() and not fut.cancelled():
                    self._value += 1
                raise
        finally:
            while self._value > 0 and self._wake_next():
                pass
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        fut = self._oldest_live()
        if fut is None:
            return False
        self._value -= 1
        fut.set_result(True)
        return True


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)
