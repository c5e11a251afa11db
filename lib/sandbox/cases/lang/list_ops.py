# lang: list methods, aliasing and copying
a = [3, 1, 4, 1, 5]
a.append(9); a.insert(0, 2); a.extend([6, 5])
print(a, len(a), a.count(1), a.index(4))
print(a.pop(), a.pop(0), a)
a.remove(1); print(a)
b = a
c = a[:]
b.append(100)
print(a is b, a == c, a is c, c)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
del a[0]; del a[-2:]; print(a)
print([1, 2] + [3], [0] * 4, [[0] * 2 for _ in range(2)], 3 in a, min(a), max(a))
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
a.clear(); print(a, list("abc"), list(range(5, 0, -2)))
print([1, 2, 3] < [1, 3], [1, 2] == [1, 2], [] or ["empty"])
