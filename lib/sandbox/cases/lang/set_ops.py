# lang: sets of small ints print in sorted order; set algebra
a = {5, 3, 1, 3}
b = {4, 5, 6}
print(a, len(a), 3 in a)
print(a | b, a & b, a - b, a ^ b)
print(a.union([7]), a.issubset({1, 3, 5, 9}), {1, 3} <= a, a.isdisjoint({2}))
a.add(2); a.discard(99); a.remove(1)
print(a, sorted(a, reverse=True))
print(set(), {x % 4 for x in range(10)}, frozenset({2, 1}))
print(set([3, 3, 2, 1, 2]), sorted({"pear", "apple", "fig"}))
s = {10, 20}
print(s.pop() in (10, 20), len(s))
print({1, 2} == {2, 1}, {0: 1} == {0: 1}, set("aaa"))
