# multiprocessing: children send results back through a multiprocessing.Queue
import multiprocessing as mp

def worker(n, q):
    q.put((n, sum(i * i for i in range(n))))

if __name__ == "__main__":
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(n, q)) for n in (10, 100, 1000)]
    for p in procs:
        p.start()
    results = [q.get() for _ in procs]
    for p in procs:
        p.join()
    print(sorted(results))
    print("exit codes:", [p.exitcode for p in procs])
