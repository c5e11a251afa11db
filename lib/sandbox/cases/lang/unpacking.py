# lang: tuple unpacking, star-unpacking and swapping
a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
head, *tail = [9]
print(head, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], 2))
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
