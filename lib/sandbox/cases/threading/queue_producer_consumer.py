# threading: queue.Queue producer/consumer with a None sentinel to stop
import queue
import threading
import time

q = queue.Queue()

def producer():
    for item in ["apple", "bread", "cheese"]:
        print("producing", item)
        q.put(item)
        time.sleep(0.1)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            print("consumer: got sentinel, stopping")
            break
        print("consuming", item)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("queue empty:", q.empty(), "size:", q.qsize())
