# multiprocessing: a Manager's dict and list proxies are shared by every process; values go in and come out as copies
import multiprocessing as mp

def record(shared, log, n):
    shared[n] = n * n
    log.append(mp.current_process().name)
    box = shared.get("box")
    box.append(n)  # a copy: the shared dict does not change

if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict(box=[])
        log = manager.list()
        print(type(shared).__name__, type(log).__name__)
        procs = [mp.Process(target=record, args=(shared, log, n)) for n in range(1, 4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted((k, v) for k, v in shared.items() if k != "box"))
        print("box is still", shared["box"])
        print("children:", sorted(log))
        print(len(shared), 2 in shared, shared.get(9, "missing"), dict(shared)[3])
        ns = manager.Namespace(total=0)
        ns.total += 5
        counter = manager.Value("i", 10)
        counter.value += 1
        print(ns, ns.total, counter, counter.value)
        with mp.Pool(2) as pool:
            pool.starmap(record, [(shared, log, 7), (shared, log, 8)])
        print(sorted(k for k in shared.keys() if k != "box"), len(log))
