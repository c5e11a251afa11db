# ProcessPoolExecutor: a lambda or a local function cannot be pickled, and the future fails with pickle's error
from concurrent.futures import ProcessPoolExecutor

def without_address(text):
    # "<function <lambda> at 0x7f...>" → "<function <lambda>>": addresses differ run to run
    at = text.find(" at 0x")
    return text if at < 0 else text[:at] + text[text.index(">", at):]

def double(x):
    return x * 2

def make_local():
    def local(x):
        return x
    return local

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        for fn in [lambda x: x * 2, make_local(), double]:
            fut = ex.submit(fn, 21)
            try:
                print("result", fut.result())
            except Exception as e:
                print(type(e).__module__, type(e).__name__, without_address(str(e)))
        print(list(ex.map(double, [1, 2, 3])))
        try:
            list(ex.map(lambda x: x, [1]))
        except Exception as e:
            print("map:", type(e).__name__)
