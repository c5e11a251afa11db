# queue for the sandbox.
#
# What it reproduces from CPython 3.11: Queue, LifoQueue, PriorityQueue and SimpleQueue with
# their documented blocking rules (block/timeout, Full and Empty, task_done/join and its
# "called too many times" error). The three conditions share one mutex and every put or get
# notifies the other side once, so producers and consumers wake in the same order as in
# CPython. The subclass hooks _init/_qsize/_put/_get and the attributes queue, mutex,
# not_empty, not_full, all_tasks_done and unfinished_tasks keep their CPython names because
# programs use them. The code is the sandbox's own.
import threading
from time import monotonic as _now


class Empty(Exception):
    pass


class Full(Exception):
    pass


def _wait_until(cond, ready, block, timeout, failure):
    """With cond's lock held, waits until ready() is true; raises failure if that is not
    allowed (block=False) or does not happen within timeout seconds."""
    if not block:
        if not ready():
            raise failure
    elif timeout is None:
        while not ready():
            cond.wait()
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        deadline = _now() + timeout
        while not ready():
            left = deadline - _now()
            if left <= 0.0:
                raise failure
            cond.wait(left)


class _Fifo:
    """A first-in first-out buffer: a list and the index of its head, compacted now and then."""

    def __init__(self):
        self._cells = []
        self._head = 0

    def append(self, item):
        self._cells.append(item)

    def popleft(self):
        item = self._cells[self._head]
        self._head += 1
        if self._head > 64 and self._head * 2 > len(self._cells):
            del self._cells[:self._head]
            self._head = 0
        return item

    def __len__(self):
        return len(self._cells) - self._head

    def __iter__(self):
        return iter(self._cells[self._head:])

    def __repr__(self):
        return "deque(" + repr(self._cells[self._head:]) + ")"


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def _has_room(self):
        return self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0 and (self._qsize() >= self.maxsize or block and timeout is not None and timeout < 0):
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            # a negative timeout is refused even when no wait is needed, as in CPython
            if not self._qsize() or block and timeout is not None and timeout < 0:
                _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # storage hooks, overridden by the other queue kinds
    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)


class SimpleQueue(Queue):
    """Unbounded, without task tracking (in CPython a C type; here a Queue that ignores
    block/timeout on put)."""

    def __init__(self):
        Queue.__init__(self)

    def put(self, item, block=True, timeout=None):
        Queue.put(self, item)
