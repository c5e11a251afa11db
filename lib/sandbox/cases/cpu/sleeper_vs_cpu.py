# cpu: a sleeping thread wakes up and gets a turn even while another thread keeps the CPU busy
import threading
import time

events = []

def sleeper():
    time.sleep(0.02)
    events.append("sleeper woke")

def busy():
    total = 0
    for i in range(3_000_000):
        total += i
    events.append("busy finished")
    return total

s = threading.Thread(target=sleeper)
s.start()
busy()
s.join()
print(events)
