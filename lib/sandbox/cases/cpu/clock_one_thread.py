# cpu: every clock advances with the CPU work a thread does, right up to the read (a 2k loop vs a 200k loop)
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


def timed(clock, n):
    start = clock()
    spin(n)
    return clock() - start


for name in ("perf_counter", "monotonic", "time", "process_time", "thread_time"):
    clock = getattr(time, name)
    small = timed(clock, 2_000)
    big = timed(clock, 200_000)
    print(f"{name}: small > 0 {small > 0}, big is 20x-500x small {20 * small < big < 500 * small}")

start = time.perf_counter()
spin(100_000)
elapsed = time.perf_counter() - start
print("100k iterations took between 0.5 ms and 0.5 s:", 0.0005 < elapsed < 0.5)
start_ns = time.perf_counter_ns()
spin(100_000)
print("perf_counter_ns advanced more than 500 us:", time.perf_counter_ns() - start_ns > 500_000)
