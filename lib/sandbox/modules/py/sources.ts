// Python source of the small helper modules (compiled by the sandbox itself).

export const FUNCTOOLS = String.raw`
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper
def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    def deco(wrapper):
        return update_wrapper(wrapper, wrapped, assigned)
    return deco
_initial_missing = object()
def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value
class partial:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords
    def __call__(self, /, *args, **keywords):
        kw = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **kw)
    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"
def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
    return K
def lru_cache(maxsize=128, typed=False):
    def deco(f):
        cache = {}
        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            if key in cache:
                return cache[key]
            r = f(*args, **kwargs)
            cache[key] = r
            return r
        wrapper.cache_clear = cache.clear
        return update_wrapper(wrapper, f)
    if callable(maxsize) and not isinstance(maxsize, int):
        return deco(maxsize)
    return deco
def cache(f):
    return lru_cache(None)(f)
def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d:
        if '__gt__' not in d: cls.__gt__ = lambda a, b: b < a
        if '__le__' not in d: cls.__le__ = lambda a, b: not b < a
        if '__ge__' not in d: cls.__ge__ = lambda a, b: not a < b
    return cls
`;

export const ITERTOOLS = String.raw`
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    i = 0
    nexti = start
    for x in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield x
            nexti += step
        i += 1
def chain(*iterables):
    for it in iterables:
        for x in it:
            yield x
def _from_iterable(iterables):
    for it in iterables:
        for x in it:
            yield x
chain.from_iterable = _from_iterable
def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x
def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj
def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total
def takewhile(pred, iterable):
    for x in iterable:
        if pred(x):
            yield x
        else:
            break
def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    for x in it:
        yield x
def starmap(func, iterable):
    for args in iterable:
        yield func(*args)
def zip_longest(*args, fillvalue=None):
    iters = [iter(a) for a in args]
    n = len(iters)
    while True:
        out = []
        done = 0
        for it in iters:
            try:
                out.append(next(it))
            except StopIteration:
                done += 1
                out.append(fillvalue)
        if done == n:
            return
        yield tuple(out)
def product(*args, repeat=1):
    pools = [tuple(p) for p in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)
def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return
def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)
def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    items = list(iterable)
    i = 0
    while i < len(items):
        k = keyfunc(items[i])
        group = []
        while i < len(items) and keyfunc(items[i]) == k:
            group.append(items[i])
            i += 1
        yield k, iter(group)
def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)
def filterfalse(pred, iterable):
    for x in iterable:
        if not (bool(x) if pred is None else pred(x)):
            yield x
def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))
`;

export const OPERATOR = String.raw`
def itemgetter(*items):
    if len(items) == 1:
        item = items[0]
        return lambda obj: obj[item]
    return lambda obj: tuple(obj[i] for i in items)
def attrgetter(*attrs):
    def get(obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj
    if len(attrs) == 1:
        return lambda obj: get(obj, attrs[0])
    return lambda obj: tuple(get(obj, a) for a in attrs)
def methodcaller(name, *args, **kwargs):
    return lambda obj: getattr(obj, name)(*args, **kwargs)
add = lambda a, b: a + b
sub = lambda a, b: a - b
mul = lambda a, b: a * b
truediv = lambda a, b: a / b
floordiv = lambda a, b: a // b
mod = lambda a, b: a % b
neg = lambda a: -a
eq = lambda a, b: a == b
lt = lambda a, b: a < b
gt = lambda a, b: a > b
`;

export const COLLECTIONS = String.raw`
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
`;

export const DATACLASSES = String.raw`
MISSING = object()
class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, kw_only=False):
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.name = None
        self.kw_only = kw_only
    def __repr__(self):
        return f"Field(name={self.name!r},default={self.default!r})"
def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, kw_only=False, hash=None, metadata=None):
    return Field(default, default_factory, init, repr, compare, kw_only)
class FrozenInstanceError(AttributeError):
    pass
def fields(obj):
    return tuple(obj.__dataclass_fields__.values())
def asdict(obj):
    if hasattr(obj, '__dataclass_fields__'):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [asdict(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(asdict(x) for x in obj)
    if isinstance(obj, dict):
        return {k: asdict(v) for k, v in obj.items()}
    return obj
def astuple(obj):
    return tuple(getattr(obj, f.name) for f in fields(obj))
def replace(obj, **changes):
    kw = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
    kw.update(changes)
    return obj.__class__(**kw)
def _process(cls, init, repr_, eq, order, frozen):
    anns = cls.__dict__.get('__annotations__', {})
    flds = {}
    for b in reversed(cls.__mro__[1:]):
        if hasattr(b, '__dataclass_fields__'):
            flds.update(b.__dataclass_fields__)
    for name, ann in anns.items():
        if ann.startswith('ClassVar') or ann.startswith('typing.ClassVar'):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default=default)
        f.name = name
        if f.default is not MISSING:
            setattr(cls, name, f.default)
        elif isinstance(default, Field) and name in cls.__dict__:
            delattr(cls, name)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        flds[name] = f
    cls.__dataclass_fields__ = flds
    names = [f.name for f in flds.values()]
    init_fields = [f for f in flds.values() if f.init]
    if init and '__init__' not in cls.__dict__:
        def __init__(self, *args, **kwargs):
            if len(args) > len(init_fields):
                raise TypeError(f"{cls.__name__}.__init__() takes {len(init_fields) + 1} positional arguments but {len(args) + 1} were given")
            for i, f in enumerate(init_fields):
                if i < len(args):
                    v = args[i]
                    if f.name in kwargs:
                        raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument '{f.name}'")
                elif f.name in kwargs:
                    v = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    v = f.default
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                else:
                    missing = [g.name for g in init_fields[i:] if g.name not in kwargs and g.default is MISSING and g.default_factory is MISSING]
                    raise TypeError(f"{cls.__name__}.__init__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: " + ' and '.join(repr(m) for m in missing))
                object.__setattr__(self, f.name, v)
            if kwargs:
                raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{next(iter(kwargs))}'")
            for f in flds.values():
                if not f.init:
                    if f.default_factory is not MISSING:
                        object.__setattr__(self, f.name, f.default_factory())
                    elif f.default is not MISSING:
                        object.__setattr__(self, f.name, f.default)
            if hasattr(self, '__post_init__'):
                self.__post_init__()
        __init__.__qualname__ = cls.__qualname__ + '.__init__'
        cls.__init__ = __init__
    if repr_ and '__repr__' not in cls.__dict__:
        def __repr__(self):
            return cls.__qualname__ + '(' + ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in flds.values() if f.repr) + ')'
        cls.__repr__ = __repr__
    def _key(self):
        return tuple(getattr(self, f.name) for f in flds.values() if f.compare)
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return _key(self) == _key(other)
        cls.__eq__ = __eq__
        if not frozen:
            cls.__hash__ = None
    if order:
        def __lt__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return _key(self) < _key(other)
        def __le__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return _key(self) <= _key(other)
        def __gt__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return _key(self) > _key(other)
        def __ge__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return _key(self) >= _key(other)
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
        if eq:
            cls.__hash__ = lambda self: hash(_key(self))
    cls.__match_args__ = tuple(f.name for f in init_fields)
    return cls
def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen)
    if cls is None:
        return wrap
    return wrap(cls)
`;
