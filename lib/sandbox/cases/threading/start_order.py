# threading: a started thread runs until it blocks, so both "starting" lines precede main's line
import threading
import time

def worker(name, delay):
    print(f"{name}: starting")
    time.sleep(delay)
    print(f"{name}: finishing")

a = threading.Thread(target=worker, args=("A", 0.2))
b = threading.Thread(target=worker, args=("B", 0.1))
a.start()
b.start()
print("main: both threads started")
a.join()
b.join()
print("main: all done")
