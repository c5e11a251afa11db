# asyncio.timeouts for the sandbox: the 3.11 Timeout context manager (timeout, timeout_at),
# which cancels its task and turns that cancellation into TimeoutError on exit.
from _asyncio_core import CancelledError, current_task, get_running_loop

class Timeout:
    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when
    def when(self):
        return self._when
    def reschedule(self, when):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)
    def expired(self):
        return self._state in ("expiring", "expired")
    async def __aenter__(self):
        self._state = "entered"
        self._task = current_task()
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self
    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val  #@asyncio/timeouts.py:115
        elif self._state == "entered":
            self._state = "exited"
        return None
    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None

def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)

def timeout_at(when):
    return Timeout(when)
