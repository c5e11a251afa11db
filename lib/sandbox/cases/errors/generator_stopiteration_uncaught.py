# an uncaught StopIteration inside a generator: its traceback, then the RuntimeError it directly caused
def g():
    yield 1
    next(iter([]))
def main():
    for x in g():
        print(x)
main()
