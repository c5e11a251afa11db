# errors: a ProcessPoolExecutor worker's exception comes back with its _RemoteTraceback as the cause
from concurrent.futures import ProcessPoolExecutor

def divide(a, b):
    return a / b

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(divide, 1, 0)
        print("submitted")
        fut.result()
