# instances of a str subclass passed to natives that take a str: re's functions and compiled patterns, str.maketrans and translate, str methods as self and as arguments, json, int() and float()
import re
class S(str):
    pass
s = S("hello world")
print(re.findall(S(r"o"), s), re.sub(S("o"), S("0"), s), re.split(S(" "), s), re.match(S("h"), s).group())
print(str.maketrans(S("ab"), S("xy")), s.translate(str.maketrans(S("lo"), S("01"))))
print("-".join([S("a"), S("b")]), s.replace(S("l"), S("L")), s.startswith(S("he")), s.split(S("o")), S("x").join(["1","2"]))
print(s.find(S("w")), s.count(S("l")), S("a") + "b", "b" + S("a"), f"{S('q')}", s.partition(S(" ")), "a b".split(S(" ")))
print(re.compile(S("w+")).search(s).group(), re.escape(S("a.b")), re.fullmatch(S("h.*"), s) is not None)
print("abc".startswith((S("a"), "x")), s.center(15, S("*")), S("a,b").split(S(",")), int(S("5")), float(S("1.5")), S("ab") in "zab", "y" in S("xy"))
print(ord(S("a")), " ".join(S("abc")), re.sub(S("o"), lambda m: m.group().upper(), s), "{}-{}".format(S("q"), s), str.upper(S("a")), S("a") * 3)
print(sorted([S("b"), "a"]), S("abc")[1:], len(S("abc")), "abc".index(S("c")), "a-b".rsplit(S("-"), 1), S("x").ljust(3, "."), "%s|%r" % (S("p"), S("p")))
print(s.encode(), "ab".zfill(4), "a\tb".expandtabs(2), S("q").isalpha(), "Hello".casefold() == S("HELLO").casefold(), "abc".removeprefix(S("a")), "abc".strip(S("ac")))
import json
print(json.dumps({S("k"): S("v")}), json.loads(S('{"a": 1}')), re.findall("(a)(b)?", S("ab a")), re.compile(S("x")).pattern)
