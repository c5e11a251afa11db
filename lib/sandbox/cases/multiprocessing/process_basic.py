# multiprocessing: Process start/join, default names Process-N, exitcode, pid differs from parent
import multiprocessing as mp
import sys

def greet(who):
    print(f"child {mp.current_process().name}: hello {who}")

def leave(code):
    sys.exit(code)

if __name__ == "__main__":
    print("parent is", mp.current_process().name)
    p = mp.Process(target=greet, args=("world",))
    print("before start: exitcode", p.exitcode, "alive", p.is_alive())
    p.start()
    p.join()
    print("name", p.name, "exitcode", p.exitcode, "alive", p.is_alive(), "different pid", p.pid != mp.current_process().pid)
    q = mp.Process(target=leave, args=(3,), name="leaver")
    q.start()
    q.join()
    print(q.name, "exitcode", q.exitcode)
    r = mp.Process(target=greet, args=("again",))
    r.start()
    r.join()
    print("third process name", r.name, "exitcode", r.exitcode)
