# errors: an exception in a thread is printed to stderr but the program exits with status 0
import threading

def worker():
    print("worker starting")
    raise ValueError("boom in thread")

t = threading.Thread(target=worker, name="Worker")
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())
