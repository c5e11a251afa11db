# threading: sys.getswitchinterval/setswitchinterval values
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.5)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.getswitchinterval() == 0.005)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
total = 0
def add():
    global total
    for i in range(1000):
        total += i
ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
