# errors: unbounded recursion ends with RecursionError; the traceback collapses repeated frames
def countdown(n):
    return countdown(n - 1)

print("starting")
countdown(10)
