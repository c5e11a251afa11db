# cpu: a CPU-bound child does not run to completion inside start(); the 5 ms switch interval lets main continue
import threading

done = []

def crunch():
    total = 0
    for i in range(3_000_000):
        total += i
    done.append(total)

t = threading.Thread(target=crunch)
t.start()
print("main: start() returned while the child is still computing:", t.is_alive() and not done)
t.join()
print("main: child finished with", done[0])
