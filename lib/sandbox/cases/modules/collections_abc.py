# modules: collections.abc isinstance/issubclass for builtins and duck-typed classes, mixin methods of Mapping/MutableSequence/Set, abstract methods left out
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
                             Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, Generator, Awaitable,
                             KeysView, ItemsView, ValuesView, AsyncIterable)
import collections.abc as cabc
values = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), 5, 1.5, None, len, lambda: 0, iter([]), (x for x in []), {}.keys(), b"x"]
for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, Generator):
    print(abc.__name__.ljust(15), "".join("X" if isinstance(v, abc) else "." for v in values))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
class NoHash:
    __hash__ = None
print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), isinstance(NoHash(), Hashable), issubclass(Countdown, Sized))
class Registry(Mapping):
    def __init__(self, **items):
        self._items = dict(items)
    def __getitem__(self, key):
        return self._items[key]
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
r = Registry(a=1, b=2)
print(r.get("a"), r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2}, isinstance(r, Mapping), isinstance(r, MutableMapping), type(r.keys()).__name__)
class Bag(MutableSequence):
    def __init__(self):
        self._data = []
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = v
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, i, v):
        self._data.insert(i, v)
b = Bag()
b.append(3); b.extend([1, 2]); b += [9]
b.reverse()
print(list(b), b.index(1), b.count(3), 2 in b, list(reversed(b)), b.pop(), b.remove(1), list(b))
class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)
class OnlySet(Set):
    def __init__(self, items=()):
        self._s = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a, c = OnlySet([1, 2, 3]), OnlySet([2, 3, 4])
print(sorted(a & c), sorted(a | c), sorted(a - c), sorted(a ^ c), a <= OnlySet([1, 2, 3, 4]), a == OnlySet([3, 2, 1]), a.isdisjoint([7]))
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(tuple, MutableSequence), issubclass(str, Sequence), issubclass(set, MutableSet), cabc.Sequence is Sequence)
