# bytes methods keep to ASCII: \x85, \xa0, \x1c-\x1f are not whitespace and bytes above 0x7f are not letters, unlike str's
b = b"\xe9t\xe9 caf\xe9 \x85x\xa0y"
for name in ["split", "strip", "title", "capitalize", "swapcase", "splitlines", "istitle", "isupper", "islower", "expandtabs", "center", "ljust", "zfill", "count", "find", "partition"]:
    f = getattr(b, name, None)
    if f is None:
        continue
    try:
        print(name, f() if name not in ("center", "ljust", "zfill", "count", "find", "partition") else f(20) if name != "count" and name != "find" and name != "partition" else f(b"\xe9"))
    except Exception as e:
        print(name, type(e).__name__, e)
print(b"\xc9A".istitle(), b"\xe9".isupper(), b"a\xe9".islower(), b"ab\x1c cd".split(), bytearray(b"x\x85y").split())
print(b"a\x0bb\x0cc\nd\re\r\nf\x1cg\x85h".splitlines(), b"a\x0bb c".split(), "a\x0bb\x0cc".splitlines(), bytearray(b"x\x0cy").splitlines(True))
