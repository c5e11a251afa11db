# dict views as sets: keys()/items() with |, &, -, ^ (either side), comparisons with sets, isdisjoint, reversed, mapping; results are sets in CPython's table order
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 2, "c": 30, "d": 4}
print(sorted({"k1": 1}.keys() | {"k2"}))
print(d.keys() | {"x", "y"}, {"x"} | d.keys())
print(d.keys() & {"b", "z"}, {"b", "c", "q"} & d.keys(), d.keys() & e.keys())
print(d.keys() - {"b"}, {"a", "q"} - d.keys(), d.keys() - e.keys())
print(d.keys() ^ {"a", "z"}, {"z"} ^ d.keys(), d.keys() ^ e.keys())
print(d.items() & e.items(), d.items() - e.items(), d.items() ^ e.items(), d.items() | e.items())
print({"a": 1}.items() & {("a", 1)}, {("a", 1), ("b", 3)} - d.items())
print(d.keys() == {"a", "b", "c"}, d.keys() == {"a"}, {"a", "b", "c"} == d.keys(), d.keys() != {"c", "b", "a"})
print(d.keys() == ["a", "b", "c"], d.values() == d.values(), d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < {"a", "b", "c"}, d.keys() >= {"a"}, {"a"} < d.keys(), d.keys() > e.keys())
print(d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]), d.items().isdisjoint(e.items()), d.keys().isdisjoint(e))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys().mapping, d.values().mapping["a"])
print(("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.items(), [1] in d.values())
k = d.keys()
k |= {"w"}
print(k, type(k).__name__)
try:
    d.keys() | 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.keys() < [1]
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.values() | {1}
except TypeError as exc:
    print("TypeError:", exc)
words = {w: len(w) for w in "the quick brown fox jumps over the lazy dog".split()}
print(words.keys() & {"fox", "cat", "dog", "the"})
print(words.keys() - {"the"})
print(words.keys() ^ set("abc"))
print(sorted(words.items() - {("fox", 3)}))
d = {"a": 1, "b": 2}
r = reversed(d.keys())
print(type(r).__name__, next(r), list(r), type(reversed(d)).__name__, type(reversed(d.items())).__name__, type(reversed(d.values())).__name__)
it = reversed(d.values())
d2 = dict(d)
rk = reversed(d2)
next(rk)
d2["z"] = 0
try:
    next(rk)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(it), list(it))
