# lang: str % with a lone bytes operand formats it (%s, %r and %a all give its repr)
print("%s" % b"ab", "%r" % b"ab", "%a" % b"\xff")
print("%s|%s" % (b"x", bytearray(b"y")))
print("%s" % bytearray(b"q"))
print("[%6s]" % b"z")
try:
    print("%d" % b"ab")
except TypeError as e:
    print(e)
try:
    print("%s %s" % b"ab")
except TypeError as e:
    print(e)
print("x" % b"ab")
print("%(a)s" % {"a": b"z"})
for f in (lambda: "a" + b"x", lambda: "ab" * b"x", lambda: b"x" + "a"):
    try:
        f()
    except TypeError as e:
        print(e)
print("x" % [1], "x" % {}, "x" % bytearray())
for a in ["ab", b"ab", None, [1], (), "é"]:
    for c in "dixXofgc":
        try:
            ("%" + c) % (a,)
        except TypeError as e:
            print(c, e)
