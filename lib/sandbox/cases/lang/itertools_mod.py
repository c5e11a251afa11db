# lang: itertools count, islice and chain
from itertools import count, islice, chain
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)))
print(list(islice("abcdefg", 2, 6, 2)), list(islice(range(100), 3)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
def squares():
    for n in count(1):
        yield n * n
print(list(islice(squares(), 6)))
evens = (n for n in count() if n % 2 == 0)
print(next(evens), next(evens), list(islice(evens, 3)))
for i, c in zip(count(1), "xyz"):
    print(i, c)
