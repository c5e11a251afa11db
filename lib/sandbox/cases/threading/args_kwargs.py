# threading: passing args and kwargs to a target and collecting results by index
import threading
import time

results = [None] * 3

def compute(index, base, *, power=2, delay=0.1):
    time.sleep(delay)
    results[index] = base ** power
    print(f"worker {index}: {base}**{power} done")

threads = [
    threading.Thread(target=compute, args=(0, 3), kwargs={"delay": 0.3}),
    threading.Thread(target=compute, args=(1, 2), kwargs={"power": 10, "delay": 0.1}),
    threading.Thread(target=compute, args=(2, 5), kwargs={"power": 3, "delay": 0.2}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", results)
