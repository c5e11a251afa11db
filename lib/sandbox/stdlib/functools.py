# functools for the sandbox: wraps/update_wrapper, partial, reduce, lru_cache, cache,
# total_ordering and cmp_to_key.
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
