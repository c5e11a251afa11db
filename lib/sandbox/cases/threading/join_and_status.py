# threading: is_alive before/after start and join, enumerate() names, and joining twice
import threading
import time

def work(secs):
    time.sleep(secs)

t = threading.Thread(target=work, args=(0.2,), name="sleeper")
print("before start: alive =", t.is_alive())
t.start()
print("after start: alive =", t.is_alive())
print("running threads:", sorted(th.name for th in threading.enumerate()))
t.join()
print("after join: alive =", t.is_alive())
t.join()
print("joining a finished thread again returns at once")
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=work, args=(0,))
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
