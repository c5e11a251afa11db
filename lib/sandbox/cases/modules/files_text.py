# open() on text files: write, read, append, lines, seek/tell, print(file=), modes and their errors
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("notes.txt", "w") as f:
        print(f)
        print(f.write("first line\n"), f.tell())
        print("second", "line", sep="-", file=f)
        f.writelines(["third\n", "fourth"])
    print(f.closed, repr(open("notes.txt").read()))

    with open("notes.txt", "a", encoding="utf-8") as f:
        f.write("\nfifth\n")
        print(f.tell(), f.mode, f.encoding)

    with open("notes.txt") as f:
        print(repr(f.readline()), f.tell())
        print(f.readlines())
        print(repr(f.read()), repr(f.readline()))
        f.seek(0)
        print([line.rstrip("\n") for line in f])
        f.seek(6)
        print(repr(f.read(4)), f.readable(), f.writable(), f.seekable())

    with open("notes.txt", "r+") as f:
        f.write("FIRST")
        f.seek(0, os.SEEK_END)
        f.write("sixth\n")
        f.seek(0)
        print(f.read().splitlines())
        f.truncate(10)
    print(repr(open("notes.txt").read()))

    with open("fresh.txt", "x") as f:
        f.write("made once")
    with open("fresh.txt", "w+") as f:
        print(repr(f.read()))
        f.write("rewritten")
        f.seek(0)
        print(f.read())

    # newline handling: universal newlines when reading, translation when writing
    with open("crlf.txt", "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open("crlf.txt", "rb") as f:
        print(f.read())
    with open("crlf.txt") as f:
        print(repr(f.read()))
    with open("crlf.txt", newline="") as f:
        print(f.readlines())
    with open("mixed.txt", "w", newline="") as f:
        f.write("one\rtwo\r\nthree\n")
    with open("mixed.txt") as f:
        print(f.readlines())
    with open("mixed.txt", newline="\r") as f:
        print(f.readlines())

    # encodings
    with open("u.txt", "w", encoding="utf-8") as f:
        f.write("héllo wörld\n")
    print(os.path.getsize("u.txt"))
    with open("u.txt", encoding="utf-8") as f:
        print(f.read(2), f.tell(), repr(f.read()))
    with open("l.txt", "w", encoding="latin-1") as f:
        f.write("é")
    print(open("l.txt", "rb").read())
    try:
        open("l.txt", encoding="utf-8").read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(open("l.txt", encoding="utf-8", errors="replace").read())

    # errors
    attempts = [("missing.txt",), ("notes.txt", "x"), (".",), ("notes.txt/inner",),
                ("notes.txt", "rw"), ("notes.txt", "rr"), ("notes.txt", "bt"), ("notes.txt", ""),
                ("notes.txt", "rb", -1, "utf-8"), ("notes.txt", "r", -1, None, None, "\t"),
                ("notes.txt", "r", -1, "no-such-codec"), ("", "w")]
    for args in attempts:
        try:
            open(*args)
        except (OSError, ValueError, LookupError) as e:
            print(type(e).__name__, e)
    f = open("notes.txt")
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("ValueError", e)
    with open("w.txt", "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
        try:
            f.write(b"bytes")
        except TypeError as e:
            print("TypeError", e)
        try:
            f.seek(1, 1)
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    print(repr(f), f.name)
    os.chdir("/")
