# errors: UnicodeEncodeError/UnicodeDecodeError keep encoding, object, start, end and reason, from the codecs and from the constructor
def show(e):
    print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    print(str(e))
    print(repr(e), e.args)
for s, enc in [("aé", "ascii"), ("xyz\u20ac!", "latin-1"), ("a\U0001F600", "ascii"), ("ab\ud800", "utf-8"), ("é\ud800", "utf-16")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        show(e)
for b, enc in [(b"ab\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xe2\x41", "utf-8"), (b"\xf0\x9f\x98", "utf-8"), (b"ok\x80", "ascii"), (bytearray(b"\xc3"), "utf-8"), (b"abc", "utf-16-le"), (b"\x00\xd8", "utf-16-le")]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        show(e)
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 3, "nope")
show(e)
e.start = 0
e.end = 1
print(e)
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "bad")
show(e)
try:
    UnicodeEncodeError("x")
except TypeError as t:
    print("TypeError", t)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except UnicodeError as e:
    print(isinstance(e, ValueError), e)
for s, enc in [("aééb", "ascii"), ("a\u20ac\u20acé", "latin-1"), ("é€", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as x:
        print(x, x.start, x.end)
try:
    "ok é".encode("ascii")
except ValueError as e:
    print(e.object[e.start:e.end], e.reason)
for args in [(1, "a", 0, 1, "r"), ("a", b"a", 0, 1, "r")]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as e:
        print(e)
try:
    UnicodeDecodeError("a", "a", 0, 1, "r")
except TypeError as e:
    print(e)
print(repr(UnicodeDecodeError("a", bytearray(b"a"), 0, 1, "r").object))
