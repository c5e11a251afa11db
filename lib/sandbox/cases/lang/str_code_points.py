# str counts code points: an emoji (beyond U+FFFF) is one character in len, indexing, slicing, searching, ordering, padding and formatting
s = "a😀b😀c"
print(len(s), s[1], s[-2], s[3], s[::2], s[::-1], s[1:4], s[-3:])
print(s.find("b"), s.find("😀", 2), s.rfind("😀"), s.index("c"), s.rindex("😀", 0, 3), s.count("😀", 2), s.count("", 1))
print(s.find("c", -1), s.startswith("b", 2), s.endswith("😀", 0, 4), "ab".find("", 3), "ab".startswith("", 3))
print("😀" < "\uffff", sorted(["\uffff", "😀", "a", "\ue000"]), max("😀\uffff"), "😀".center(5, "-"), f"{'😀':*^5}|{'x':😀^5}|{'😀😀😀':.2}")
print("😀".ljust(3, "."), "😀".rjust(3, "😀"), "-😀".zfill(4), "%-3s|%.1s|" % ("😀", "😀x"))
for i, c in enumerate("x😀y"):
    print(i, c, ord(c))
print(list(reversed("x😀y")), "x😀y".translate({ord("😀"): "!"}), "😀" in s, s.split("😀"), s.partition("b"))
print(str.maketrans("😀a", "bc"), "x😀".translate(str.maketrans("😀", "b")))
try:
    ord("😀😀")
except TypeError as e:
    print(e)
try:
    "x".center(4, "ab")
except TypeError as e:
    print(e)
print([w for w in "go 😀 now".split()], " 😀 ".strip(), repr("\ud800"), len("\ud800"))
print(hash("😀"), hash("é"), hash("ā"), hash("a😀"), hash("\ud800"))
print({"😀", "é", "日本", "a", "b😀"})
print("{!a} {!r}".format("é😀", "é"), f"{'é'!a}")
print("%c|%c|%5s|%-4c|" % ("😀", 128512, "😀", "é"))
print(format("😀", "c") if False else "", "{:c}".format(128512))
d = {}
for ch in "a😀b😀":
    d[ch] = d.get(ch, 0) + 1
print(d, sorted(d), max(d))
s = "naïve café 😀 日本語"
print([(i, c) for i, c in enumerate(s) if ord(c) > 127])
print(s.upper(), s.encode("utf-8"), len(s.encode()), s.encode().decode() == s)
