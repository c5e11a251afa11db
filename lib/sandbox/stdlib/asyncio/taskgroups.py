# asyncio.taskgroups for the sandbox: TaskGroup.
#
# What it reproduces from CPython 3.11: leaving the async with block waits for every child;
# the first child that fails cancels the other children and the task running the block; when
# all are done their errors are raised together as ExceptionGroup("unhandled errors in a
# TaskGroup", [...]) (BaseExceptionGroup if one is not an Exception), a KeyboardInterrupt or
# SystemExit is raised alone, and a cancellation of the parent that did not come from the
# group propagates. The code is the sandbox's own; lines marked #@ stand for CPython's in
# tracebacks.
from _asyncio_core import CancelledError, current_task, get_running_loop


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


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
        self._all_done = None  # a future the exiting block waits on until _tasks is empty

    def __repr__(self):
        # <TaskGroup tasks=2 errors=1 cancelling>: counts only when non-zero, then the state
        state = 'cancelling' if self._aborting else 'entered' if self._entered else None
        parts = [f'{label}={len(items)}' for label, items in (('tasks', self._tasks), ('errors', self._errors)) if items]
        if state:
            parts.append(state)
        return '<TaskGroup' + ''.join(' ' + part for part in parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup has been already entered")
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError('TaskGroup cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc
        passing_cancel = self._cancel_to_pass_on(et, exc)
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as ex:
                # cancelled from outside while waiting: stop the children, then pass it on
                if not self._aborting:
                    passing_cancel = ex
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error  #@asyncio/taskgroups.py:129
        if passing_cancel and not self._errors:
            raise passing_cancel  #@asyncio/taskgroups.py:134
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            me = self._group_of_errors()
            raise me from None  #@asyncio/taskgroups.py:145

    def _cancel_to_pass_on(self, et, exc):
        """The CancelledError the block ended with, unless it is the one the group itself asked
        for (then it is swallowed, and the parent's cancel request withdrawn)."""
        if et is not CancelledError:
            return None
        if self._parent_cancel_requested and not self._parent_task.uncancel():
            return None
        return exc

    def _group_of_errors(self):
        errors, self._errors = self._errors, None
        for e in errors:
            if not isinstance(e, Exception):
                return BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        return ExceptionGroup('unhandled errors in a TaskGroup', errors)

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup is finished")
        if self._aborting:
            raise RuntimeError("TaskGroup is shutting down")
        task = self._loop.create_task(coro, name=name)
        if task.done():
            self._child_finished(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._child_finished)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _child_finished(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _fatal(error) and self._base_error is None:
            self._base_error = error
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            # the first failure: cancel the siblings and the block's own task
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
