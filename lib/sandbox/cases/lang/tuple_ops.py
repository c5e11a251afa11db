# lang: tuples: packing, single-element tuples, comparisons and immutability
t = 1, 2, 3
print(t, type(t).__name__, len(t), (1,), (), tuple("ab"))
print((1, 2) + (3,), (0,) * 3, t.count(2), t.index(3))
print((1, 2, 3) < (1, 2, 4), (2,) > (1, 99), (1, 2) == (1, 2))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(max(pairs), min(pairs))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[0, 0])
