# lang: list/dict/set comprehensions, nesting and conditions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([list(col) for col in zip(*matrix)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print({w: len(w) for w in ["aa", "b", "ccc"]})
print({n % 3 for n in range(10)})
flat = [c for word in ["ab", "cd"] for c in word]
print(flat)
x = 10
print([x for x in range(3)], x)
