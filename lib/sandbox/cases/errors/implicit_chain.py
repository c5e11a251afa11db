# errors: an exception raised inside except prints "During handling of the above exception"
def cleanup():
    raise RuntimeError("cleanup failed")

try:
    print("working")
    [1, 2, 3][5]
except IndexError:
    cleanup()
