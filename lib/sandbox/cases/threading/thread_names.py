# threading: default names "Thread-N (target)", explicit names and current_thread()
import threading

def worker():
    print("running in", threading.current_thread().name)

def other():
    print("running in", threading.current_thread().name)

print("main is", threading.current_thread().name, threading.current_thread() is threading.main_thread())
threads = [
    threading.Thread(target=worker),
    threading.Thread(target=worker),
    threading.Thread(target=other, name="custom"),
    threading.Thread(target=other),
]
for t in threads:
    print("created", t.name, "daemon:", t.daemon)
for t in threads:
    t.start()
    t.join()
class MyThread(threading.Thread):
    def run(self):
        print("subclass run in", self.name)
m = MyThread()
m.start()
m.join()
print("active threads:", threading.active_count())
