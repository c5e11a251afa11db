# collections.abc for the sandbox: the container ABCs.
#
# What it reproduces from CPython 3.11's documented behaviour: isinstance/issubclass against
# Iterable, Iterator, Sized, Container, Hashable, Callable, Reversible, Collection, Awaitable,
# AsyncIterable ... recognise any class with the right methods (a method set to None opts
# out), Sequence/MutableSequence/Set/MutableSet/Mapping/MutableMapping know the builtin types
# and register()ed classes, and subclasses get the mixin methods (Mapping's get/keys/items/
# values/__contains__/__eq__, MutableMapping's pop/popitem/clear/update/setdefault,
# Sequence's __iter__/__contains__/__reversed__/index/count, MutableSequence's
# append/extend/pop/remove/reverse/__iadd__, Set's comparisons and &|-^ and isdisjoint,
# MutableSet's add/discard-based operations), the views (KeysView ...). Abstract methods left
# undefined make instantiation fail, as with any ABC. Subscripting (Sequence[int]) returns the
# class itself. The code is the sandbox's own.
from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable",
           "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
           "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
           "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]


def _builtin_type(make):
    try:
        return type(make())
    except Exception:
        return None


def _provides(C, *methods):
    """NotImplemented unless C (or a class it inherits from) defines every method, not as None."""
    mro = C.__mro__
    for name in methods:
        for B in mro:
            if name == "__hash__" and B in _UNHASHABLE:
                return NotImplemented  # their __hash__ is None in CPython
            if name in B.__dict__:
                if B.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_UNHASHABLE = (list, dict, set)


def _one_method_abc(name, method, check_others=()):
    """A hook: classes providing `method` (and the other ABCs' methods) count as subclasses."""
    def hook(cls, C):
        if cls.__name__ == name:
            return _provides(C, method, *check_others)
        return NotImplemented
    return classmethod(hook)


def _alias(cls, params):
    return cls


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _one_method_abc("Hashable", "__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _one_method_abc("Awaitable", "__await__")
    __class_getitem__ = classmethod(_alias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    __subclasshook__ = _one_method_abc("Coroutine", "__await__", ("send", "throw", "close"))


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _one_method_abc("AsyncIterable", "__aiter__")
    __class_getitem__ = classmethod(_alias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _one_method_abc("AsyncIterator", "__anext__", ("__aiter__",))


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        raise typ if val is None else val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __subclasshook__ = _one_method_abc("AsyncGenerator", "__aiter__", ("__anext__", "asend", "athrow", "aclose"))


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __subclasshook__ = _one_method_abc("Iterable", "__iter__")
    __class_getitem__ = classmethod(_alias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _one_method_abc("Iterator", "__iter__", ("__next__",))


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    __subclasshook__ = _one_method_abc("Reversible", "__reversed__", ("__iter__",))


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _one_method_abc("Generator", "__iter__", ("__next__", "send", "throw", "close"))


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _one_method_abc("Sized", "__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _one_method_abc("Container", "__contains__")
    __class_getitem__ = classmethod(_alias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _one_method_abc("Collection", "__len__", ("__iter__", "__contains__"))


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _one_method_abc("Callable", "__call__")
    __class_getitem__ = classmethod(_alias)


def _is_subset(part, whole):
    # no larger, and every element found: the sizes are compared before any element is looked up
    return len(part) <= len(whole) and all(item in whole for item in part)


def _same_item(found, wanted):
    # containers test identity before equality, so a NaN is found in itself
    return found is wanted or found == wanted


class Set(Collection):
    __slots__ = ()

    # Comparisons are only between Sets; anything else gets NotImplemented so the other operand
    # (or the default) decides. The strict forms ask the non-strict method, so overriding __le__
    # or __ge__ in a subclass changes them too.
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return _is_subset(self, other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return _is_subset(other, self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        # results of the operators are built by the class from an iterable; views override this
        return cls(it)

    # The operators accept any iterable on the other side; - and ^ first turn a non-Set into
    # one (of this class) so that membership tests on it are cheap.
    def _as_set(self, other):
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([*self, *other])

    __ror__ = __or__

    def __sub__(self, other):
        rhs = self._as_set(other)
        if rhs is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in rhs)

    def __rsub__(self, other):
        lhs = self._as_set(other)
        if lhs is None:
            return NotImplemented
        return self._from_iterable(item for item in lhs if item not in self)

    def __xor__(self, other):
        rhs = self._as_set(other)
        if rhs is None:
            return NotImplemented
        return (self - rhs) | (rhs - self)

    __rxor__ = __xor__

    def _hash(self):
        # the frozenset formula (documented for Set subclasses that want to be hashable): each
        # element's hash is spread out and xor-ed in, so the order of iteration does not matter
        acc = 1927868237 * (len(self) + 1)
        for item in self:
            spread = hash(item)
            acc ^= (spread ^ (spread << 16) ^ 89869747) * 3644798167
        return acc


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    # Everything else is add, discard, membership and iteration.
    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for first in self:
            break
        else:
            raise KeyError from None
        self.discard(first)
        return first

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        # what is not in both goes; it is listed first so the set is not changed while iterated
        for item in list(self - it):
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for item in (it if isinstance(it, Set) else self._from_iterable(it)):
            if item in self:
                self.discard(item)
            else:
                self.add(item)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for item in it:
            self.discard(item)
        return self


class Mapping(Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    # get and `in` are __getitem__ with its KeyError caught
    def get(self, key, default=None):
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, wanted = item
        mapping = self._mapping
        try:
            found = mapping[key]
        except KeyError:
            return False
        return _same_item(found, wanted)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same_item(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        # a Mapping, or anything with keys(), is read key by key; else it is an iterable of pairs
        if isinstance(other, Mapping):
            keys = other
        elif hasattr(other, "keys"):
            keys = other.keys()
        else:
            keys = None
        if keys is None:
            for key, value in other:
                self[key] = value
        else:
            for key in keys:
                self[key] = other[key]
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


class Sequence(Reversible, Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    # Iteration asks for indexes 0, 1, 2 … until IndexError, so __len__ is never needed for it.
    def __iter__(self):
        index = 0
        while True:
            try:
                item = self[index]
            except IndexError:
                return
            yield item
            index += 1

    def __contains__(self, value):
        return any(_same_item(item, value) for item in self)

    def __reversed__(self):
        for index in range(len(self) - 1, -1, -1):
            yield self[index]

    def index(self, value, start=0, stop=None):
        # negative bounds count from the end (start clamped at 0); the scan also ends at the
        # first IndexError
        if start is not None and start < 0:
            start = max(0, len(self) + start)
        if stop is not None and stop < 0:
            stop = stop + len(self)
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if _same_item(item, value):
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        hits = 0
        for item in self:
            if _same_item(item, value):
                hits += 1
        return hits


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    # The rest is built on insert, __getitem__, __setitem__, __delitem__ and len.
    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        # x.extend(x) must not see its own growth: take a copy first
        for item in (list(values) if values is self else values):
            self.append(item)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# the builtin types, whose methods the sandbox keeps natively (not all in their __dict__)
_dict_keys = _builtin_type(lambda: {}.keys())
_dict_values = _builtin_type(lambda: {}.values())
_dict_items = _builtin_type(lambda: {}.items())
_UNHASHABLE = (list, dict, set, _dict_keys, _dict_items)
_iterator_types = {_builtin_type(lambda: iter([])), _builtin_type(lambda: iter(range(0))),
                   _builtin_type(lambda: zip()), _builtin_type(lambda: map(len, [])),
                   _builtin_type(lambda: enumerate([])), _builtin_type(lambda: reversed([]))}
_generator = _builtin_type(lambda: (x for x in ()))
_function = type(_builtin_type)
_builtin = type(len)

for _t in (str, tuple, range, bytes):
    Sequence.register(_t)
for _t in (str, bytes, tuple, frozenset, int, float, bool, type(None), range, type):
    Hashable.register(_t)
MutableSequence.register(list)
ByteString.register(bytes)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(_dict_keys)
ItemsView.register(_dict_items)
ValuesView.register(_dict_values)
for _t in _iterator_types:
    if _t is not None:
        Iterator.register(_t)
Generator.register(_generator)
for _t in (_function, _builtin, type, type(print)):
    Callable.register(_t)
for _t in (dict, list, tuple, str, bytes, range, _dict_keys, _dict_values, _dict_items):
    Reversible.register(_t)
