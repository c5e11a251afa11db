# errors: an exception in a child process prints its traceback on stderr; the child's exitcode is 1, the parent's 0
import multiprocessing as mp

def fail():
    print("child: about to fail")
    raise KeyError("missing")

if __name__ == "__main__":
    p = mp.Process(target=fail)
    p.start()
    p.join()
    print("parent: child exitcode", p.exitcode)
