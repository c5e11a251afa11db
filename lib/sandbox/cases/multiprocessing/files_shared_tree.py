# a forked child appends to a file the parent made; open() on a descriptor from mkstemp
import os, tempfile
from multiprocessing import Process
fd, path = tempfile.mkstemp()
with open(fd, 'w') as f:
    print(f.name == fd, file=f)
    f.write("via fd\n")
print(open(path).read(), end="")

def child(p):
    with open(p, 'a') as f:
        f.write("from the child\n")

if __name__ == "__main__":
    p = Process(target=child, args=(path,))
    p.start(); p.join()
    print(open(path).read(), end="")
    os.remove(path)
