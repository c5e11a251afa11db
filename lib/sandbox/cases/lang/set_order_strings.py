# Sets of strs, bytes, floats, tuples and frozensets iterate in CPython's order under PYTHONHASHSEED=0
fruits = {"apple", "banana", "cherry", "date", "elderberry"}
print(fruits)
print(sorted(fruits) == sorted(list(fruits)), len(fruits))
perms = {"read", "write", "execute"}
print(perms, "read" in perms)
# "read" and "write" were interned when CPython started, "plum" is a name in this program: both
# make the compiler rebuild the display's frozenset constant once more, which changes the order
roles = {"read", "write", "guest"}
plum = 1
print(roles, {"apple", "banana", "plum"}, {"apple", "banana", "grape"})
words = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.add(w)
print(words)
print(set("mississippi"), frozenset("abracadabra"))
print({w.upper() for w in words if len(w) > 3})
a = {"x", "y", "z", "w"}
b = {"y", "z", "q", "r", "s"}
print(a | b, a & b, a - b, b - a, a ^ b)
a |= {"m", "n"}
print(a)
a.discard("x")
a.add("p")
print(a, a.pop(), a)
print({b"spam", b"eggs", b"ham"}, {1.5, 0.25, -2.75, 1e100, 3.0})
print({("alice", 30), ("bob", 25), ("carol", 35)}, {(1, "a"), (2, "b"), (1, "b")})
print({frozenset({"a", "b"}), frozenset({"c"}), frozenset()})
print({"k" + str(i) for i in range(12)})
d = dict.fromkeys(["red", "green", "blue", "cyan"], 0)
print(set(d), set(d.items()))
for color in {"red", "green", "blue"}:
    print(color, end=" ")
print()
print(hash("apple"), hash(b"apple"), hash(("apple", 1)), hash(frozenset({"apple"})), hash(2.5), hash(-1))
print(list({"é", "ß", "€", "中", "a"}))
