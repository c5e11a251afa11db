# threading: waking another thread (Event.set, Lock.release, Queue.put) does not hand it control
import queue
import threading
import time

ev = threading.Event()
lock = threading.Lock()
q = queue.Queue()

def on_event():
    ev.wait()
    print("event waiter runs")

def on_lock():
    with lock:
        print("lock waiter runs")

def on_queue():
    print("queue waiter got", q.get())

t1 = threading.Thread(target=on_event)
t1.start()
time.sleep(0.1)
ev.set()
print("main: after set")
t1.join()
lock.acquire()
t2 = threading.Thread(target=on_lock)
t2.start()
time.sleep(0.1)
lock.release()
print("main: after release")
t2.join()
t3 = threading.Thread(target=on_queue)
t3.start()
time.sleep(0.1)
q.put("item")
print("main: after put")
t3.join()
