# cpu: two threads time a small loop alone, then big loops at the same time: wall clocks include the other thread's turns, thread_time only its own
import threading
import time

results = {}
both_ready = threading.Barrier(2)


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


def worker(name):
    t0, c0 = time.perf_counter(), time.thread_time()
    spin(2_000)
    t1, c1 = time.perf_counter(), time.thread_time()
    both_ready.wait()
    t2, c2 = time.perf_counter(), time.thread_time()
    spin(1_000_000)
    t3, c3 = time.perf_counter(), time.thread_time()
    results[name] = (t1 - t0, t3 - t2, c1 - c0, c3 - c2)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("A", "B")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    wall_small, wall_big, cpu_small, cpu_big = results[name]
    print(f"{name}: wall big > 20x small {wall_big > 20 * wall_small}, cpu big 20x-1000x small {20 * cpu_small < cpu_big < 1000 * cpu_small}")
    print(f"{name}: wall big at least its cpu time {wall_big >= 0.9 * cpu_big}")
# the big loops share the GIL: the one that finishes last waited through the other's turns
print("the later big loop took over 1.25x its cpu time:", max(r[1] / r[3] for r in results.values()) > 1.25)
