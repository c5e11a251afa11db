# asyncio.taskgroups for the sandbox: TaskGroup, which cancels its siblings on the first
# failure and raises every error together in an ExceptionGroup.
from _asyncio_core import CancelledError, current_task, get_running_loop

class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None
    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup has been already entered")
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        return self
    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if (exc is not None and self._is_base_error(exc) and self._base_error is None):
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error  #@asyncio/taskgroups.py:129
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error  #@asyncio/taskgroups.py:134
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            if all(isinstance(e, Exception) for e in errors):
                me = ExceptionGroup('unhandled errors in a TaskGroup', errors)
            else:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
            raise me from None  #@asyncio/taskgroups.py:145
    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup is shutting down")
        task = self._loop.create_task(coro, name=name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._on_task_done)
        return task
    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))
    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()
    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
