# open() in binary: the buffered classes and FileIO, bytes in and out, seek from each end, truncate
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("data.bin", "wb") as f:
        print(f, f.mode, isinstance(f, io.BufferedWriter))
        print(f.write(b"\x00\x01\x02abc"), f.write(bytearray(b"def")), f.tell())
    with open("data.bin", "rb") as f:
        print(f, f.mode, f.read(2), f.tell(), f.read(), f.read())
        print(f.seek(-3, os.SEEK_END), f.read(), f.seek(1), f.seek(2, os.SEEK_CUR), f.read(1))
    with open("data.bin", "r+b") as f:
        print(f, f.mode)
        f.seek(3)
        f.write(b"ABC")
        f.seek(0)
        print(f.read())
        f.truncate(4)
    print(open("data.bin", "rb").read(), os.path.getsize("data.bin"))
    with open("data.bin", "ab") as f:
        f.write(b"\n-tail-\nlast")
        print(f.tell(), f.mode)
    with open("data.bin", "rb") as f:
        print(f.readline(), f.readlines())
    with open("data.bin", "rb") as f:
        print(list(f))
    with open("data.bin", "rb", buffering=0) as f:
        print(f, type(f).__name__, f.read(3))
    with open("data.bin", "w+b") as f:
        print(f, f.mode, f.read())
        f.write(b"xyz")
        f.seek(10)
        f.write(b"!")
    print(open("data.bin", "rb").read())
    with open("data.bin", "rb") as f:
        for bad in (lambda: f.write(b"no"), lambda: f.seek(-1)):
            try:
                bad()
            except (OSError, ValueError) as e:
                print(type(e).__name__, e)
    with open("out.bin", "wb") as f:
        try:
            f.write("text")
        except TypeError as e:
            print("TypeError", e)
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    for args in [("data.bin", "rb", -1, None, "strict"), ("data.bin", "rb", -1, None, None, "\n"), ("data.bin", "r", 0)]:
        try:
            open(*args)
        except ValueError as e:
            print("ValueError", e)
    with open("u.txt", "w") as f:
        print(f.buffer, f.buffer.mode)
    os.chdir("/")
