# lang: lambda with map, filter, sorted keys and functools helpers
from functools import reduce, partial
nums = [5, 2, 8, 1, 9, 3]
print(list(map(lambda x: x * 10, nums)))
print(list(filter(lambda x: x % 2, nums)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 0))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
int2 = partial(int, base=2)
print(int2("1011"), partial(pow, 2)(8))
square = lambda x: x ** 2
print(square(7), (lambda *a: sum(a))(1, 2, 3), square.__name__)
print(list(map(str, range(3))), list(filter(None, [0, 1, "", "a", None])))
