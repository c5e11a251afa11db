# `is` as CPython has it: the small-int cache (-5..256), equal constants merged, fresh ints from arithmetic and int(), fresh strs from join, the () singleton
a = 256
b = 256
print(a is b)
a = 257
b = 257
print(a is b, a == b)
x = int("257")
y = int("257")
print(x is y, x == y, x is a)
c = 1000
d = c + 1 - 1
e = c
print(c is d, c is e, c == d)
for i in range(253, 260):
    j = i
    k = i + 0
    small = int(str(i))
    print(i, j is i, k is i, (i + 1) is (i + 1), small is int(str(i)))
s = "hello"
t = "".join(["hel", "lo"])
u = "hello"
print(s is t, s == t, s is u, t.upper() is s.upper())
name = "ab"
print(name == "a" + "b")
empty = ()
def args(*rest):
    return rest
print(tuple() is empty, tuple([]) is empty, (1, 2)[5:] is empty, args() is empty, list(empty) is list(empty))
f1 = 0.5
f2 = 0.5
print(f1 is f2, f1 + 0 is f1)
big = 2 ** 100
big2 = 2 ** 100
print(big is big2, big == big2)
def compute():
    n = 500
    m = n * 2
    p = 1000
    return m is p, m == p
print(compute())
print(None is None, [] is [], (lambda: 0) is (lambda: 0))
