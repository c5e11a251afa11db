# asyncio.queues for the sandbox: Queue, PriorityQueue, LifoQueue, QueueEmpty and QueueFull.
#
# What it reproduces from CPython 3.11: put() on a queue with room and get() on a non-empty
# queue complete without yielding; otherwise the task parks on a future in a first-in
# first-out line of putters or getters, and each get (put) wakes the oldest live putter
# (getter), which then re-checks. A parked task that fails (is cancelled) leaves the line and,
# if it had been woken, passes its turn on. task_done()/join() count unfinished items through
# an Event. The code is the sandbox's own; the two lines marked #@ stand for CPython's in
# tracebacks.
from _asyncio_core import get_running_loop, _set_detail
from asyncio.locks import Event


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class _Line:
    """First in, first out: a list and the index of its head."""

    def __init__(self):
        self._cells = []
        self._head = 0

    def append(self, item):
        self._cells.append(item)

    def popleft(self):
        item = self._cells[self._head]
        self._cells[self._head] = None
        self._head += 1
        if self._head * 2 > len(self._cells):
            del self._cells[:self._head]
            self._head = 0
        return item

    def remove(self, item):
        rest = self._cells[self._head:]
        rest.remove(item)
        self._cells = rest
        self._head = 0

    def __contains__(self, item):
        return item in self._cells[self._head:]

    def __len__(self):
        return len(self._cells) - self._head

    def __iter__(self):
        return iter(self._cells[self._head:])


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Line()
        self._putters = _Line()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # storage hooks, overridden by the other queue kinds
    def _init(self, maxsize):
        self._queue = _Line()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _describe(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    @staticmethod
    def _wake_one(line):
        while line:
            fut = line.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    async def _wait_turn(self, line, blocked, detail):
        while blocked():
            fut = get_running_loop().create_future()
            _set_detail(fut, detail)
            line.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                if fut in line:
                    line.remove(fut)
                # woken, then cancelled before it could act: the next one gets the turn
                if not blocked() and not fut.cancelled():
                    self._wake_one(line)
                raise

    async def put(self, item):
        await self._wait_turn(self._putters, self.full, "Queue.put")
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull  #@asyncio/queues.py:143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wake_one(self._getters)

    async def get(self):
        await self._wait_turn(self._getters, self.empty, "Queue.get")
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty  #@asyncio/queues.py:181
        item = self._get()
        self._wake_one(self._putters)
        return item

    def task_done(self):
        # one unfinished item fewer; join() returns once none is left
        left = self._unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks = left
        if not left:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self._queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()
