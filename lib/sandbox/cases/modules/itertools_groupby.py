# groupby is lazy: keys computed once per element, a group goes empty once the outer iterator moves on
from itertools import groupby
groups = dict(groupby("aaabbc"))
print({k: list(v) for k, v in groups.items()})
print({k: list(v) for k, v in groupby("aaabbc")})
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
calls = []
def key(x):
    calls.append(x)
    return x // 10
print([(k, list(g)) for k, g in groupby([1, 5, 12, 15, 31], key=key)], calls)
it = groupby("aabb")
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(list(groupby([])))
print(type(g).__name__, type(it).__name__)
