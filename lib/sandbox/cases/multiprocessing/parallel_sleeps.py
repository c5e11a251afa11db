# multiprocessing: processes really run in parallel, so the total is about the longest sleep, not the sum
import multiprocessing as mp
import time

def nap(secs):
    time.sleep(secs)

if __name__ == "__main__":
    start = time.perf_counter()
    procs = [mp.Process(target=nap, args=(s,)) for s in (0.4, 0.3, 0.2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - start
    # process start-up and exit cost tens of ms of real time, so compare instead of printing the time
    print("at least the longest nap (0.4 s):", elapsed >= 0.4)
    print("under 0.7 s although the naps add up to 0.9 s:", elapsed < 0.7)
    print([p.exitcode for p in procs], [p.name for p in procs])
