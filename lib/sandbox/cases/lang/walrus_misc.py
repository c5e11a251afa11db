# lang: walrus operator, chained comparisons, conditional expressions, del and `is`
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
x = 5
print(1 < x <= 5, 0 < x < 3, x == 5 != 6)
a = [1]
b = a
del a
try:
    print(a)
except NameError as e:
    print(b, "NameError:", e)
print([] is [], None is None, (lambda: 0) is not None)
print(type(...).__name__, ... is Ellipsis)
assert x == 5, "x should be 5"
try:
    assert x == 6, f"x was {x}"
except AssertionError as e:
    print("AssertionError:", e)
