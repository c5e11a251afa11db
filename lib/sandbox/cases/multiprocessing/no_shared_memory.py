# multiprocessing: each process has its own memory; a global changed in a child is unchanged in the parent
import multiprocessing as mp

counter = 0
items = ["parent"]

def mutate():
    global counter
    counter += 100
    items.append("child")
    print("in child:", counter, items)

def bump(v):
    with v.get_lock():
        v.value += 5

if __name__ == "__main__":
    counter = 1
    p = mp.Process(target=mutate)
    p.start()
    p.join()
    print("in parent:", counter, items)
    shared = mp.Value("i", 0)
    procs = [mp.Process(target=bump, args=(shared,)) for _ in range(3)]
    for q in procs:
        q.start()
    for q in procs:
        q.join()
    print("shared Value after 3 children:", shared.value)
