# lang: raise, bare re-raise, exception args and exception chaining attributes
def check(age):
    if age < 0:
        raise ValueError("age must be >= 0", age)
    return age
try:
    check(-1)
except ValueError as e:
    print(e.args, e)
def wrapper():
    try:
        check(-5)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("outer got", e.args[1])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("calc failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise OSError("disk")
    except OSError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = None
try:
    raise KeyError("k")
except KeyError as err:
    e = err
print(repr(e), str(e))
