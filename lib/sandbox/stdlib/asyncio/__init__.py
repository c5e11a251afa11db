# asyncio for the sandbox. The event loop, Future and Task are native
# (modules/asyncio-core.ts); everything above them is Python, split into the submodules
# CPython 3.11 has, so each class reports the same __module__ (asyncio.locks.Lock,
# asyncio.queues.QueueEmpty ...). The code is the sandbox's own.
from _asyncio_core import Future, Task, CancelledError, InvalidStateError, get_running_loop, get_event_loop, current_task, all_tasks, iscoroutine, isfuture
from _asyncio_core import _run
from asyncio.exceptions import TimeoutError
from asyncio.coroutines import iscoroutinefunction
from asyncio.futures import wrap_future
from asyncio.tasks import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.timeouts import *
from asyncio.taskgroups import *
from asyncio.threads import *
import asyncio.base_events as base_events


def run(main, *, debug=None):
    return _run(main)
