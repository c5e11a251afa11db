# a sort key that sleeps and then raises: the traceback runs through sorted() as in CPython
import time
def key(x):
    time.sleep(0.01)
    if x == 2:
        raise KeyError(x)
    return x
def main():
    return sorted([3, 2, 1], key=key)
main()
