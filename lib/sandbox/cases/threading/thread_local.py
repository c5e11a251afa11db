# threading: threading.local gives each thread its own attribute values
import threading
import time

data = threading.local()
data.name = "main value"
seen = {}

def worker(n):
    print(f"worker {n} sees attribute before set: {hasattr(data, 'name')}")
    data.name = f"value {n}"
    time.sleep(0.1)
    seen[n] = data.name

threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print("main still has:", data.name)
