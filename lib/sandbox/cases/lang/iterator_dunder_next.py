# lang: built-in iterators have __iter__/__next__ and the type names CPython gives them
for x in [iter([1]), iter((1,)), iter(range(3)), iter("ab"), iter("é"), iter({1:2}), iter({1:2}.values()), iter({1:2}.items()), iter({1:2}.keys()), iter({1}), map(str, []), filter(None, []), zip(), enumerate([]), reversed([1]), reversed((1,)), reversed(range(2)), reversed("ab"), iter(b"ab"), iter(bytearray(b"a")), iter(frozenset()), reversed({1:2}), iter(int, 1)]:
    print(type(x).__name__, hasattr(x, "__next__"), iter(x) is x)
it = iter([5, 4, 0, 3])
print(it.__next__())
print(list(iter(it.__next__, 0)))
print(repr(iter([]))[:26])
print(repr(iter(range(2)))[:26])
it = iter("xy")
print(it.__next__(), it.__iter__() is it, it.__next__())
try:
    it.__next__()
except StopIteration:
    print("stop")
m = map(len, ["a", "bb"])
print(m.__next__(), next(m))
print(list(iter(iter([1, 2, 3, 0, 9]).__next__, 0)))
