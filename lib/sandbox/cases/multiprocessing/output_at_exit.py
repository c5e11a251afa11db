# multiprocessing: with stdout redirected to a file/pipe, a child's prints appear when the child exits
import multiprocessing as mp
import time

def child():
    print("child: hello")
    time.sleep(0.3)
    print("child: goodbye")

if __name__ == "__main__":
    print("parent: before start")
    p = mp.Process(target=child)
    p.start()
    print("parent: child started")
    time.sleep(0.1)
    print("parent: still waiting")
    p.join()
    print("parent: joined")
