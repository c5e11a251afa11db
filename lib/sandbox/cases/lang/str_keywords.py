# str() with its three arguments (object, the codec, the error handler) by keyword or position, decoding bytes and bytearray, and CPython's errors for a bad combination
print(str(object=5), repr(str(object=b"x", encoding="ascii")), str(b"y", "ascii"), str(object="z"), repr(str()))
print(str(b"ab", errors="strict", encoding="utf-8"))
print(str("é".encode(), "utf-8"), str(b"caf\xc3\xa9", errors="replace"), str(bytearray(b"ba"), "ascii"))
for bad in [lambda: str("x", "utf-8"), lambda: str(5, encoding="ascii"), lambda: str(obj=1), lambda: str(b"\xff", "ascii")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
