# asyncio.queues for the sandbox: Queue, PriorityQueue, LifoQueue and their exceptions.
from _asyncio_core import get_running_loop, _set_detail
from asyncio.locks import Event, _Dq

class QueueEmpty(Exception):
    pass
class QueueFull(Exception):
    pass

class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Dq()
        self._putters = _Dq()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)
    def _init(self, maxsize):
        self._queue = _Dq()
    def _get(self):
        return self._queue.popleft()
    def _put(self, item):
        self._queue.append(item)
    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break
    def qsize(self):
        return len(self._queue)
    @property
    def maxsize(self):
        return self._maxsize
    def empty(self):
        return not self._queue
    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize
    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            _set_detail(putter, "Queue.put")
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)
    def put_nowait(self, item):
        if self.full():
            raise QueueFull  #@asyncio/queues.py:143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)
    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            _set_detail(getter, "Queue.get")
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()
    def get_nowait(self):
        if self.empty():
            raise QueueEmpty  #@asyncio/queues.py:181
        item = self._get()
        self._wakeup_next(self._putters)
        return item
    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()
    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []
    def _put(self, item):
        import heapq
        heapq.heappush(self._queue, item)
    def _get(self):
        import heapq
        return heapq.heappop(self._queue)

class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []
    def _put(self, item):
        self._queue.append(item)
    def _get(self):
        return self._queue.pop()
