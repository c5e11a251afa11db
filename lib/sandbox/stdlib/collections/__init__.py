# collections for the sandbox: OrderedDict, Counter, ChainMap, deque and namedtuple in Python;
# defaultdict is native (modules/collections-core.ts).
from _collections import defaultdict

class OrderedDict(dict):
    # a dict keeps insertion order already; what OrderedDict adds is order-aware equality, its
    # repr, move_to_end and popitem(last=False)
    def move_to_end(self, key, last=True):
        v = self.pop(key)
        if last:
            self[key] = v
        else:
            items = list(self.items())
            self.clear()
            self[key] = v
            for k, x in items:
                self[k] = x
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)
    def __ne__(self, other):
        return not self == other
    __hash__ = None
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'
    def copy(self):
        return self.__class__(self)
    # | builds a new OrderedDict (of self's class) from the left operand, then the right one
    def _merged(self, left, right):
        out = self.__class__(left)
        out.update(right)
        return out
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return self._merged(self, other)
    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return self._merged(other, self)
    def __ior__(self, other):
        self.update(other)
        return self
    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = self.get(elem, 0) + count
                else:
                    # an empty Counter takes a mapping's counts as they are
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)
    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]
    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem
    def total(self):
        return sum(self.values())
    def copy(self):
        return self.__class__(self)
    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
        return f'{self.__class__.__name__}({{{items}}})'
    # Comparisons are between Counters only and treat a missing element as a zero count; the
    # strict ones are the non-strict ones minus equality (multiset inclusion).
    def _each_count(self, other, holds):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem in [*self, *other]:
            if not holds(self[elem], other[elem]):
                return False
        return True
    def __eq__(self, other):
        return self._each_count(other, lambda mine, theirs: mine == theirs)
    def __le__(self, other):
        return self._each_count(other, lambda mine, theirs: mine <= theirs)
    def __ge__(self, other):
        return self._each_count(other, lambda mine, theirs: mine >= theirs)
    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other
    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self != other and self <= other
    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self != other and self >= other
    # multiset arithmetic: an element missing from one side counts 0 there, a result keeps
    # only positive counts, and lists self's elements first, then the other's new ones
    def _combined(self, other, pick, elems):
        result = Counter()
        for elem in elems:
            n = pick(self[elem], other[elem])
            if n > 0:
                result[elem] = n
        return result
    def _both(self, other):
        return list(self) + [e for e in other if e not in self]
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda mine, theirs: mine + theirs, self._both(other))
    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda mine, theirs: mine - theirs, self._both(other))
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda mine, theirs: theirs if mine < theirs else mine, self._both(other))
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda mine, theirs: mine if mine < theirs else theirs, list(self))
    def __pos__(self):
        return self._combined(self, lambda mine, _: mine, list(self))
    def __neg__(self):
        return self._combined(self, lambda mine, _: 0 - mine, list(self))
    # the in-place forms change self's counts, then drop what is no longer positive
    def _recount(self, other, pick, elems):
        for elem in elems:
            self[elem] = pick(self[elem], other[elem])
        for elem in [e for e in self if not self[e] > 0]:
            del self[elem]
        return self
    def __iadd__(self, other):
        return self._recount(other, lambda mine, theirs: mine + theirs, list(other))
    def __isub__(self, other):
        return self._recount(other, lambda mine, theirs: mine - theirs, list(other))
    def __ior__(self, other):
        return self._recount(other, lambda mine, theirs: theirs if theirs > mine else mine, list(other))
    def __iand__(self, other):
        return self._recount(other, lambda mine, theirs: theirs if theirs < mine else mine, list(self))

class _MappingView:
    def __init__(self, mapping):
        self._mapping = mapping
    def __len__(self):
        return len(self._mapping)
    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

class KeysView(_MappingView):
    def __iter__(self):
        return iter(self._mapping)
    def __contains__(self, key):
        return key in self._mapping

class ItemsView(_MappingView):
    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])
    def __contains__(self, item):
        key, value = item
        return key in self._mapping and self._mapping[key] == value

class ValuesView(_MappingView):
    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]
    def __contains__(self, value):
        return any(v is value or v == value for v in self)

class ChainMap:
    # Several mappings looked up in order as one. Reads go through them front to back; writes,
    # deletions and pops touch only maps[0]. The key order (iteration, len, repr of views) is
    # that of a dict filled from the last mapping to the first.
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]
    def __missing__(self, key):
        raise KeyError(key)
    def __getitem__(self, key):
        # a mapping's own __getitem__ decides (a Counter or defaultdict layer answers for any key)
        for layer in self.maps:
            try:
                found = layer[key]
            except KeyError:
                continue
            return found
        return self.__missing__(key)
    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default
    def _key_order(self):
        order = {}
        for layer in self.maps[::-1]:
            for key in layer:
                order[key] = None
        return order
    def __len__(self):
        return len(self._key_order())
    def __iter__(self):
        return iter(self._key_order())
    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False
    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False
    def __repr__(self):
        inner = ", ".join([repr(layer) for layer in self.maps])
        return f'{type(self).__name__}({inner})'
    def __eq__(self, other):
        if isinstance(other, (ChainMap, dict)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented
    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))
    def copy(self):
        # a shallow copy of the first mapping; the others are shared
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)
    __copy__ = copy
    def new_child(self, m=None, **kwargs):
        child = kwargs if m is None else m
        if m is not None and kwargs:
            child.update(kwargs)
        return self.__class__(child, *self.maps)
    @property
    def parents(self):
        return self.__class__(*self.maps[1:])
    def keys(self):
        return KeysView(self)
    def items(self):
        return ItemsView(self)
    def values(self):
        return ValuesView(self)
    def __setitem__(self, key, value):
        self.maps[0][key] = value
    # a key only present in a later mapping cannot be deleted or popped through the chain
    def __delitem__(self, key):
        first = self.maps[0]
        try:
            del first[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')
    def popitem(self):
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')
    _marker = object()
    def pop(self, key, default=_marker):
        first = self.maps[0]
        try:
            return first.pop(key)
        except KeyError:
            if default is ChainMap._marker:
                raise KeyError(f'Key not found in the first mapping: {key!r}')
            return default
    def clear(self):
        self.maps[0].clear()
    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]
    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)
    def __ior__(self, other):
        self.maps[0].update(other)
        return self
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged
    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        # the result is one flat mapping in which the chain's front wins over `other`
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)

class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)
    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)
    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()
    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)
    def extend(self, it):
        for x in it:
            self.append(x)
    def extendleft(self, it):
        for x in it:
            self.appendleft(x)
    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]
    def clear(self):
        self._items.clear()
    def count(self, x):
        return self._items.count(x)
    def remove(self, x):
        self._items.remove(x)
    def index(self, x):
        return self._items.index(x)
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __contains__(self, x):
        return x in self._items
    def __bool__(self):
        return bool(self._items)
    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items
    def __repr__(self):
        if self.maxlen is None:
            return 'deque(' + repr(self._items) + ')'
        return 'deque(' + repr(self._items) + ', maxlen=' + repr(self.maxlen) + ')'

# a namedtuple field: reads item `index` of the tuple; the field cannot be set or deleted
class _tuplegetter:
    __module__ = '_collections'

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


# what keyword.iskeyword answers in 3.11 (the soft keywords match/case/_ are valid names)
_KEYWORDS = frozenset('False None True and as assert async await break class continue def del elif else '
                      'except finally for from global if import in is lambda nonlocal not or pass raise '
                      'return try while with yield'.split())


def _name_problem(name):
    """What is wrong with a type or field name, as the end of namedtuple's message, or None."""
    if not name.isidentifier():
        return 'must be valid identifiers'
    return 'cannot be a keyword' if name in _KEYWORDS else None


def _checked_field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        names = field_names.replace(',', ' ').split()
    else:
        names = [str(n) for n in field_names]
    if rename:
        # a bad, private or repeated name becomes its position (_1, _2 ...)
        names = [f'_{i}' if _name_problem(n) or n[:1] == '_' or n in names[:i] else n for i, n in enumerate(names)]
    typename = str(typename)
    for name in (typename, *names):
        problem = _name_problem(name)
        if problem is not None:
            raise ValueError(f'Type names and field names {problem}: {name!r}')
    for i, name in enumerate(names):
        if not rename and name[:1] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in names[:i]:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
    return typename, tuple(names)


def namedtuple(typename, field_names, *, defaults=None, rename=False, module=None):
    typename, fields = _checked_field_names(typename, field_names, rename)
    defaults_t = () if defaults is None else tuple(defaults)
    if len(defaults_t) > len(fields):
        raise TypeError('Got more default values than field names')
    ndefaults = len(defaults_t)
    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(values) + 1} were given")
        for name in fields[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                i = fields.index(name) - (len(fields) - ndefaults)
                if i >= 0:
                    values.append(defaults_t[i])
                else:
                    missing = [f for f in fields[len(values):] if f not in kwargs]
                    raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: " + ", ".join(repr(m) for m in missing))
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument {next(iter(kwargs))!r}")
        return tuple.__new__(cls, values)
    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(fields, self)) + ')'
    def _asdict(self):
        return dict(zip(fields, self))
    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != len(fields):
            raise TypeError(f'Expected {len(fields)} arguments, got {len(made)}')
        return made
    def _replace(self, **kwargs):
        made = self._make([kwargs.pop(n, v) for n, v in zip(fields, self)])
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return made
    def __getnewargs__(self):
        return tuple(self)
    ns = {'__doc__': f"{typename}({', '.join(fields)})", '__new__': __new__, '__repr__': __repr__,
          '_asdict': _asdict, '_replace': _replace, '_make': classmethod(_make), '__getnewargs__': __getnewargs__,
          '_fields': fields, '__match_args__': fields, '__slots__': (),
          '_field_defaults': dict(zip(fields[len(fields) - ndefaults:], defaults_t))}
    for i, n in enumerate(fields):
        ns[n] = _tuplegetter(i, f'Alias for field number {i}')
    cls = type(typename, (tuple,), ns)
    return cls
