# threading: Barrier releases all parties together once the last one arrives
import threading
import time

start = time.perf_counter()
barrier = threading.Barrier(3)
passed = []
lock = threading.Lock()

def runner(name, prep):
    time.sleep(prep)
    print(f"{name} reached the barrier at {time.perf_counter() - start:.1f}s")
    barrier.wait()
    with lock:
        passed.append((name, round(time.perf_counter() - start, 1)))

threads = [threading.Thread(target=runner, args=(n, p)) for n, p in [("r1", 0.3), ("r2", 0.1), ("r3", 0.2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("passed:", sorted(passed))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
