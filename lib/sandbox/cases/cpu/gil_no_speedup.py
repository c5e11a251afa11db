# cpu: two CPU-bound threads both finish only near the end; neither finishes in the first half
import threading
import time

finish = {}

def spin(name):
    total = 0
    for i in range(1_500_000):
        total += i
    finish[name] = time.perf_counter()

start = time.perf_counter()
threads = [threading.Thread(target=spin, args=(n,)) for n in ("A", "B")]
for t in threads:
    t.start()
for t in threads:
    t.join()
end = time.perf_counter()
first = min(finish.values())
print("both finished:", sorted(finish))
print("first finisher came after 55% of the run:", (first - start) / (end - start) > 0.55)
