# asyncio.timeouts for the sandbox: Timeout, timeout() and timeout_at() (new in 3.11).
#
# What it reproduces from CPython 3.11: entering arms a loop timer (call_soon if the deadline
# has already passed); when it fires it cancels the task running the block; on leaving, that
# cancellation becomes TimeoutError (chained from the CancelledError) unless someone else also
# cancelled the task. reschedule() moves the deadline while the block runs. The code is the
# sandbox's own; the line marked #@ stands for CPython's in tracebacks.
from _asyncio_core import CancelledError, current_task, get_running_loop

# the life of a Timeout: created -> active -> (expiring -> expired | finished)
_CREATED, _ACTIVE, _EXPIRING, _EXPIRED, _FINISHED = "created", "active", "expiring", "expired", "finished"


class Timeout:
    def __init__(self, when):
        self._phase = _CREATED
        self._when = when
        self._alarm = None
        self._task = None
        self._cancels_before = 0

    def when(self):
        return self._when

    def expired(self):
        return self._phase in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = ['']
        if self._phase == _ACTIVE:
            info.append(f'when={None if self._when is None else round(self._when, 3)}')
        return f'<Timeout [{self._phase}]{" ".join(info)}>'

    def reschedule(self, when):
        if self._phase != _ACTIVE:
            raise RuntimeError(f"Cannot change state of {self._phase} Timeout")
        self._when = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._alarm = loop.call_soon(self._ring)
            else:
                self._alarm = loop.call_at(when, self._ring)

    async def __aenter__(self):
        self._phase = _ACTIVE
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancels_before = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._phase == _ACTIVE:
            self._phase = _FINISHED
            return None
        self._phase = _EXPIRED
        ours_only = self._task.uncancel() <= self._cancels_before
        if ours_only and exc_type is CancelledError:
            raise TimeoutError from exc_val  #@asyncio/timeouts.py:115
        return None

    def _ring(self):
        self._task.cancel()
        self._phase = _EXPIRING
        self._alarm = None


def timeout(delay):
    if delay is None:
        return Timeout(None)
    return Timeout(get_running_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)
