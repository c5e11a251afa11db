# bytes and bytearray: UTF-8/ASCII/Latin-1 encode and decode with CPython's errors, + * in and ordering, bytearray's in-place edits and repr, the shared methods, hex/fromhex
b = b"GET /"
print(b + b"x", b[0], b[1:3], len(b), b"E" in b, 69 in b, b.upper(), b.lower())
print(b == b"GET /", b < b"H", b * 2, 2 * b, b != b"x")
ba = bytearray(b)
print(ba, ba == b, b == ba, ba[1:3], bytes(ba), ba + b"!", b + ba)
ba += b"index.html"
ba[0:3] = b"PUT"
ba[4] = 47
del ba[-5:]
ba.append(33); ba.extend([63, 63]); ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), len(ba), list(ba)[:3])
print(bytearray(3), bytearray([1, 2, 255]), bytearray("héllo", "utf-8"), bytearray())
text = "naïve café"
data = text.encode("utf-8")
print(len(text), len(data), data[:3], data[0], data.decode("utf-8") == text, data.decode())
print("€".encode(), "𝄞".encode(), "𝄞".encode().decode(), "abc".encode("ascii"), "é".encode("latin-1"))
for bad in (lambda: "é".encode("ascii"), lambda: b"\xc3".decode(), lambda: b"\xff".decode(), lambda: b"\xc3(".decode(), lambda: b"\x80".decode("ascii"), lambda: hash(bytearray()), lambda: "id=" + b"42", lambda: b"x" + "y", lambda: bytearray("x"), lambda: ba.__setitem__(0, 300), lambda: {bytearray(b"a"): 1}):
    try:
        print(bad())
    except (UnicodeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("é".encode("ascii", "replace"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é".encode("ascii", "ignore"))
print(b"a,b,c".split(b","), b"  x ".strip(), b"-".join([b"a", b"b"]), b"abc".startswith(b"a"), b"hello".replace(b"l", b"L"), b"abc".find(b"c"))
print(b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"ab".hex(":"))
print(isinstance(ba, bytearray), isinstance(b, bytes), isinstance(ba, bytes), type(ba).__name__, sorted([b"b", b"a"]))
print(bytes(3), bytes([65, 66]), bytes("hi", "ascii"), bytearray(b"abc").copy(), str(bytearray(b"q")))
ba2 = bytearray(b"abcdef"); ba2[::2] = b"XYZ"; del ba2[1]; ba2.reverse(); print(ba2, ba2.count(b"X"), ba2.rfind(b"Z"))
