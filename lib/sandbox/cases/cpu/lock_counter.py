# cpu: four threads increment a shared counter under a Lock; the total is exact
import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(50_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter, "expected =", 4 * 50_000, "equal:", counter == 200_000)
