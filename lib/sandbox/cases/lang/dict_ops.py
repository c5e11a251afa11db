# lang: dict insertion order, methods and views
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("e", 5), d)
print(d.pop("a"), d.pop("zz", "none"), d)
del d["b"]
d["b"] = 7
print(d)
d.update({"x": 1}, y=2)
print(d, "x" in d, 1 in d)
print(dict(zip("abc", range(3))), dict.fromkeys([1, 2], 0), dict([("k", "v")]))
print({k: v * 2 for k, v in d.items() if v > 2})
print(d | {"x": 100}, {1: "a"} == {1: "a"})
print(d.popitem(), d)
for k in sorted(d, key=d.get, reverse=True):
    print(k, d[k])
print({1: "int", 1.0: "float", True: "bool"})
