# threading: start() returns only after the new thread blocks or ends (short work runs to completion first)
import threading

def quick():
    total = sum(range(1000))
    print("child: computed", total)
    print("child: exiting")

t = threading.Thread(target=quick)
print("main: before start")
t.start()
print("main: after start, child alive:", t.is_alive())
t.join()
print("main: joined")
