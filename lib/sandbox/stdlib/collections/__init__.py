# collections for the sandbox: OrderedDict, Counter, deque and namedtuple in Python;
# defaultdict is native (modules/collections-core.ts).
from _collections import defaultdict

class OrderedDict(dict):
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
        key = next(reversed(list(self.keys()))) if last else next(iter(self))
        return key, self.pop(key)
    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        return 'OrderedDict(' + repr(dict(self)) + ')'

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        for elem, count in kwds.items():
            self[elem] = self.get(elem, 0) + count
    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        for elem, count in kwds.items():
            self[elem] = self.get(elem, 0) - count
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]
    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem
    def total(self):
        return sum(self.values())
    def __add__(self, other):
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __sub__(self, other):
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        return result
    def __repr__(self):
        if not self:
            return 'Counter()'
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
        return 'Counter({' + items + '})'

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

def namedtuple(typename, field_names, *, defaults=None, rename=False, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)
    ndefaults = 0 if defaults is None else len(defaults)
    defaults_t = () if defaults is None else tuple(defaults)
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
        return typename + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(fields, self)) + ')'
    def _asdict(self):
        return dict(zip(fields, self))
    def _replace(self, **kwargs):
        return self.__class__(*[kwargs.pop(n, v) for n, v in zip(fields, self)])
    def __getnewargs__(self):
        return tuple(self)
    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '_fields': fields, '__match_args__': fields, '__slots__': (), '_field_defaults': dict(zip(fields[len(fields) - ndefaults:], defaults_t))}
    for i, n in enumerate(fields):
        ns[n] = property(lambda self, i=i: self[i])
    cls = type(typename, (tuple,), ns)
    cls._make = classmethod(lambda c, it: c(*it))
    return cls
