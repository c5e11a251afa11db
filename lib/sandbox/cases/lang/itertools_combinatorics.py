# itertools.combinations_with_replacement next to combinations, permutations and product
from itertools import combinations, combinations_with_replacement, permutations, product
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([1, 2], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("xy", 1)))
print(len(list(combinations_with_replacement(range(5), 3))), len(list(combinations(range(5), 3))))
print(["".join(p) for p in combinations_with_replacement("ab", 3)])
coins = [1, 2, 5]
print(sorted({sum(c) for c in combinations_with_replacement(coins, 3)}))
print(list(permutations("abc", 2))[:4], list(product("ab", repeat=2)))
try:
    list(combinations_with_replacement("ab", -1))
except ValueError as e:
    print("ValueError", e)
