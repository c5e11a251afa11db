# modules: io.StringIO reading, seeking, writing past the end, closing; redirect_stdout/redirect_stderr capture print()
import io, sys
from contextlib import redirect_stdout, redirect_stderr
s = io.StringIO("first\nsecond\nthird")
print(repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
for line in s:
    print("line:", repr(line))
s.seek(3)
s.write("ST")
print(repr(s.getvalue()))
s.seek(30)
s.write("!")
print(repr(s.getvalue()[-5:]), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()))
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
    print("more", end="")
    sys.stdout.write(" direct\n")
print("back:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr got", repr(err.getvalue()))
with io.StringIO() as f:
    f.write("abc")
    print(f.closed)
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
print(type(io.StringIO()), isinstance(io.StringIO(), io.IOBase))
out = io.StringIO()
print("to file", 42, file=out)
print(out.getvalue(), end="")
w = io.StringIO()
w.writelines(["a\n", "b\n"])
print(w.getvalue().splitlines())
