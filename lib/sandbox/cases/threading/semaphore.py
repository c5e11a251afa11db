# threading: Semaphore(2) lets at most two workers in at once, so four 0.2 s jobs take 0.4 s
import threading
import time

sem = threading.Semaphore(2)
state_lock = threading.Lock()
inside = 0
peak = 0
finished = []
start = time.perf_counter()

def job(n):
    global inside, peak
    with sem:
        with state_lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.2)
        with state_lock:
            inside -= 1
            finished.append((n, round(time.perf_counter() - start, 1)))

threads = [threading.Thread(target=job, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrency:", peak)
print("finish times:", sorted(finished))
print(f"total: {time.perf_counter() - start:.1f}s")
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
