# threading: Queue.get(timeout) raises queue.Empty, put on a full bounded queue raises queue.Full
import queue
import time

q = queue.Queue(maxsize=2)
start = time.perf_counter()
try:
    q.get(timeout=0.2)
except queue.Empty:
    print(f"queue.Empty after {time.perf_counter() - start:.1f}s")
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait raised", type(e).__name__, repr(str(e)))
q.put(1)
q.put(2)
print("full:", q.full(), "size:", q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("put_nowait raised queue.Full")
start = time.perf_counter()
try:
    q.put(3, timeout=0.1)
except queue.Full:
    print(f"put(timeout=0.1) raised queue.Full after {time.perf_counter() - start:.1f}s")
print(q.get(), q.get(), q.empty())
lifo = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    pq.put(x)
print([lifo.get() for _ in range(3)], [pq.get() for _ in range(3)])
