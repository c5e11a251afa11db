# threading: Lock as a context manager, non-blocking acquire and acquire with timeout
import threading
import time

lock = threading.Lock()
print("locked?", lock.locked())
with lock:
    print("inside with: locked?", lock.locked())
    print("non-blocking acquire:", lock.acquire(blocking=False))
print("after with: locked?", lock.locked())

def holder():
    with lock:
        print("holder: got the lock")
        time.sleep(0.4)
    print("holder: released")

t = threading.Thread(target=holder)
start = time.perf_counter()
t.start()
print("main: acquire(timeout=0.1) ->", lock.acquire(timeout=0.1), f"at {time.perf_counter() - start:.1f}")
print("main: acquire() ->", lock.acquire(), f"at {time.perf_counter() - start:.1f}")
lock.release()
t.join()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
