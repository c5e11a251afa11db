# threading: a daemon thread is abandoned when the main thread ends; a non-daemon one is waited for
import threading
import time

def ticker():
    for i in range(10):
        print("daemon tick", i)
        time.sleep(0.2)
    print("daemon finished (never printed)")

def finisher():
    time.sleep(0.5)
    print("non-daemon finished")

threading.Thread(target=ticker, daemon=True).start()
threading.Thread(target=finisher).start()
time.sleep(0.3)
print("main: reached the end of the script")
