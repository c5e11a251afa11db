# open(__file__) reads the program's own source (the one file the sandbox has); writing it refuses
import io

with open(__file__) as f:
    first = f.readline()
    rest = f.readlines()
    print(repr(first), len(rest), f.mode, f.encoding, f.readable(), f.writable())
    print(isinstance(f, io.TextIOWrapper), f.name == __file__)
print(f.closed)
with open(__file__, "r") as f:
    print(sum(1 for line in f if line.startswith("#")))
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with open(__file__) as f:
    text = f.read()
print(text.splitlines()[-1])
print(text.count("\n"))
# the last line
