# threading: Condition wait_for with a predicate; a consumer sleeps until stock is available
import threading
import time

cond = threading.Condition()
stock = []

def consumer():
    with cond:
        print("consumer: waiting for 3 items")
        cond.wait_for(lambda: len(stock) >= 3)
        print("consumer: got", stock)

def producer():
    for i in range(3):
        time.sleep(0.1)
        with cond:
            stock.append(i)
            print("producer: added", i)
            cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
with cond:
    print("wait with timeout returns", cond.wait(timeout=0.1))
