# cpu: in a child process the clocks advance with the child's own CPU work
import multiprocessing as mp
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


def child():
    for name in ("perf_counter", "process_time"):
        clock = getattr(time, name)
        start = clock()
        spin(2_000)
        small = clock() - start
        start = clock()
        spin(200_000)
        big = clock() - start
        print(f"child {name}: small > 0 {small > 0}, big is 20x-500x small {20 * small < big < 500 * small}")


if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child exit code", p.exitcode)
