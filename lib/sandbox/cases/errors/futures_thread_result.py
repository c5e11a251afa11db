# errors: future.result() re-raises a ThreadPoolExecutor worker's exception in the main thread
from concurrent.futures import ThreadPoolExecutor

def parse(s):
    return int(s)

with ThreadPoolExecutor(max_workers=2) as ex:
    good = ex.submit(parse, "42")
    bad = ex.submit(parse, "forty-two")
    print("good:", good.result())
    print("bad:", bad.result())
