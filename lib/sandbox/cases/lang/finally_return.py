# return/break/continue inside finally drop the exception or the return value in flight
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(swallow())
def f2():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(f2())
import sys
def f3():
    try:
        try:
            raise KeyError(1)
        except KeyError:
            try:
                raise ValueError(2)
            finally:
                return sys.exc_info()[0].__name__
    finally:
        pass
print(f3(), sys.exc_info())
def f4():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise KeyError
        finally:
            return repr(sys.exc_info()[1])
print(f4())
def g():
    try:
        yield 1
        raise KeyError
    finally:
        return 5
print(list(g()))
