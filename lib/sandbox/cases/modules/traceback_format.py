# modules: traceback.print_exc/format_exc/format_exception/format_exception_only, sys.exc_info and sys.exception
import traceback, sys, io

def show(text):
    # the file names, without the folder the program runs from
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        print(line)

def inner(x):
    return 10 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    text = traceback.format_exc()
    print("same text:", text == buf.getvalue(), "lines:", len(text.splitlines()))
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), repr(sys.exception()))

print(repr(traceback.format_exc()), sys.exception())
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    parts = traceback.format_exception(e)
    print(type(parts).__name__, len(parts), parts[0], end="")
    show("".join(parts))
    print(traceback.format_exception_only(type(e), e))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue() == "".join(parts))

class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr as e:
    print(traceback.format_exception_only(e))
    show("".join(traceback.TracebackException.from_exception(e).format()))
print(sys.exc_info())
