# threading: worker pool over a Queue with task_done()/join(); results printed in sorted order
import queue
import threading
import time

tasks = queue.Queue()
results = {}
lock = threading.Lock()

def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        time.sleep(0.1)
        with lock:
            results[n] = n * n
        tasks.task_done()

start = time.perf_counter()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(6):
    tasks.put(n)
tasks.join()
print("all tasks done:", sorted(results.items()))
print(f"elapsed {time.perf_counter() - start:.1f}s for 6 tasks on 3 workers")
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print("workers stopped, unfinished tasks:", tasks.unfinished_tasks)
