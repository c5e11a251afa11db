# futures: queued futures can be cancelled; done-callbacks run when the future completes
from concurrent.futures import ThreadPoolExecutor
import time

def job(n):
    time.sleep(0.2)
    return n

with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(job, 1)
    queued = ex.submit(job, 2)
    time.sleep(0.1)
    print("running.cancel() ->", running.cancel(), "| queued.cancel() ->", queued.cancel())
    print("running:", running.running(), "queued cancelled:", queued.cancelled())
    running.add_done_callback(lambda f: print("callback: result", f.result()))
    print("waiting for result")
    print("result", running.result())
    time.sleep(0.1)
    running.add_done_callback(lambda f: print("callback on finished future runs immediately"))
    print("after registering late callback")
