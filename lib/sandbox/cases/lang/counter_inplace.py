# collections.Counter: in-place multiset operators, which of two equal counts &, |, &= and |= keep, and the order of the results
from collections import Counter
a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(b=2, c=1, e=5, f=-1)
print(a + b, a - b, a | b, a & b, +a, -a)
print(b + a, b - a, b | a, b & a)
x = Counter(a); x += b; print(x)
x = Counter(a); x -= b; print(x)
x = Counter(a); x |= b; print(x)
x = Counter(a); x &= b; print(x)
print(Counter(a=1) & Counter(a=1.0), Counter(a=1) | Counter(a=1.0))
x = Counter(a=1); x &= Counter(a=1.0); print(x)
x = Counter(a=1); x |= Counter(a=1.0, z=0); print(x)
try:
    a + {}
except TypeError as e:
    print(e)
