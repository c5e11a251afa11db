# threading: notify(n) wakes n waiters, notify_all() wakes the rest
import threading
import time

cond = threading.Condition()
woken = []

def waiter(name):
    with cond:
        cond.wait()
        woken.append(name)

threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(5)]
for t in threads:
    t.start()
time.sleep(0.1)
with cond:
    cond.notify()
time.sleep(0.1)
print("after notify():", len(woken), "woken")
with cond:
    cond.notify(2)
time.sleep(0.1)
print("after notify(2):", len(woken), "woken")
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all():", len(woken), "woken:", sorted(woken))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
