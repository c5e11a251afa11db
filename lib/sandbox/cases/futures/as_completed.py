# futures: as_completed yields futures as they finish; wait(FIRST_COMPLETED) returns done/not_done sets
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import time

def job(name, secs):
    time.sleep(secs)
    return name

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(job, n, s): s for n, s in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]}
    for f in as_completed(futs):
        print(f"{f.result()} (slept {futs[f]})")
    futs2 = [ex.submit(job, n, s) for n, s in [("x", 0.2), ("y", 0.1)]]
    done, not_done = wait(futs2, return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], "still running:", len(not_done))
    done, not_done = wait(futs2)
    print("after wait():", sorted(f.result() for f in done), len(not_done))
