# threading: Event wait/set/clear, wait(timeout) returning False, and set() not handing over control
import threading
import time

ready = threading.Event()
start = time.perf_counter()

def waiter():
    print("waiter: waiting")
    ok = ready.wait()
    print(f"waiter: woke ok={ok} at {time.perf_counter() - start:.1f}")

print("wait(0.1) on unset event ->", ready.wait(0.1), ready.is_set())
start = time.perf_counter()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.2)
ready.set()
print("main: event set (waiter has not run yet)")
t.join()
print("is_set:", ready.is_set(), "wait() now returns", ready.wait())
ready.clear()
print("after clear:", ready.is_set())
