# threading: RLock can be re-acquired by its owner; only the owner may release it
import threading

rlock = threading.RLock()

def nested(depth):
    with rlock:
        print("  " * depth + f"depth {depth}")
        if depth < 3:
            nested(depth + 1)

nested(0)
plain = threading.Lock()
plain.acquire()
print("plain lock re-acquire without blocking:", plain.acquire(blocking=False))
plain.release()
rlock.acquire()
rlock.acquire()
print("rlock acquired twice")

def intruder():
    try:
        rlock.release()
    except RuntimeError as e:
        print("intruder:", e)
    print("intruder acquire:", rlock.acquire(blocking=False))

t = threading.Thread(target=intruder)
t.start()
t.join()
rlock.release()
rlock.release()
print("owner released twice")
