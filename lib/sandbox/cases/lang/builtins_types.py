# lang: isinstance, type, chr/ord, hex/bin, conversions and repr of nested containers
print(isinstance(3, int), isinstance(3, (str, float)), isinstance([], list), isinstance(True, int))
print(type(3), type("s"), type(None), type([]).__name__, type(3.0) is float)
print(chr(65), ord("a"), chr(0x263A), ord("€"), [chr(c) for c in range(97, 102)])
print(hex(3054), bin(37), oct(64), int("0x1F", 16), int("101", 2), format(10, "b"))
print(str(12), repr("12"), int(" 7 "), float("1e3"), list((1, 2)), tuple([3]), str(b"hi"))
nested = {"a": [1, 2.5, "x", None], "b": (True, {"c": set()}), "d": {3: [()]}}
print(nested)
print(repr(nested["b"]), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t\n"))
print([[]], [[1, [2, [3]]]], ([],), {1: {2: {}}}, [None, ...])
print(callable(len), callable(3), hash(42) == hash(42.0), nested is nested)
