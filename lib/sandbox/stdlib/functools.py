# functools for the sandbox: wraps/update_wrapper, partial, reduce, lru_cache/cache (with
# cache_info and cache_clear), cached_property, singledispatch, total_ordering and cmp_to_key.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
_ABSENT = object()
def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    # an attribute the wrapped object lacks is skipped, not an error
    for name in assigned:
        found = getattr(wrapped, name, _ABSENT)
        if found is not _ABSENT:
            setattr(wrapper, name, found)
    # the wrapper's dicts (its __dict__ by default) take in the wrapped object's entries
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper
def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    def deco(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return deco
def reduce(function, sequence, initial=_ABSENT):
    items = iter(sequence)
    acc = initial
    if acc is _ABSENT:
        # the first item seeds the fold
        for acc in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        acc = function(acc, item)
    return acc
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
    # each comparison of two keys asks mycmp once and reads the sign of its answer; == is the
    # only equality (no __ne__, so != is its negation) and the keys are unhashable
    class KeyWrapper:
        __slots__ = ('obj',)
        def __init__(self, obj):
            self.obj = obj
        def _sign(self, other):
            return mycmp(self.obj, other.obj)
        def __eq__(self, other):
            return self._sign(other) == 0
        def __lt__(self, other):
            return self._sign(other) < 0
        def __le__(self, other):
            return self._sign(other) <= 0
        def __gt__(self, other):
            return self._sign(other) > 0
        def __ge__(self, other):
            return self._sign(other) >= 0
    return KeyWrapper
from collections import namedtuple

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
_KEYWORDS = object()  # separates a call's positional arguments from its keyword items in a key

def _make_key(args, kwds, typed):
    # f(a=1, b=2) and f(b=2, a=1) are two entries, as in CPython; with typed=True, 3 and 3.0 too.
    # A lone int or str argument is its own key.
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    parts = list(args)
    if kwds:
        parts.append(_KEYWORDS)
        for name, value in kwds.items():
            parts += (name, value)
    if typed:
        parts += [type(v) for v in args]
        parts += [type(v) for v in kwds.values()]
    return tuple(parts)

def lru_cache(maxsize=128, typed=False):
    # @lru_cache, @lru_cache() and @lru_cache(n): a function passed straight in is cached with
    # the default size; a negative size means no caching at all
    if callable(maxsize) and not isinstance(maxsize, int) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _lru_cache_wrapper(user_function, maxsize, typed)

def _lru_cache_wrapper(user_function, maxsize, typed):
    # the cache is a dict in recency order: a hit moves its key to the end, a miss that overflows
    # drops the first key (the least recently used)
    cache = {}
    stats = [0, 0]
    missing = object()
    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call filled this key while the function ran
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result
    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))
    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)

def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)

class cached_property:
    """Computes the value on the first read and keeps it in the instance's __dict__ under the
    attribute's name; being a non-data descriptor, later reads find it there first."""

    def __init__(self, func):
        self.attrname = None  # set by __set_name__
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is not None and name != self.attrname:
            raise TypeError(f"Cannot assign the same cached_property to two different names ({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        if not hasattr(instance, '__dict__'):
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} instance to cache {name!r} property.")
        stored = instance.__dict__
        if name not in stored:
            stored[name] = self.func(instance)
        return stored[name]

def _is_union(cls):
    return type(cls).__name__ == 'UnionType'

def _find_impl(cls, registry):
    # the registered class nearest to cls along its method resolution order
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry[object]

def _first_annotation(func):
    hints = getattr(func, '__annotations__', None) or {}
    for param, hint in hints.items():
        if isinstance(hint, type) or _is_union(hint):
            return hint
        raise TypeError(f"Invalid annotation for {param!r}. {hint!r} is not a class.")
    raise TypeError(f"Invalid first argument to `register()`: {func!r}. "
                    "Use either `@register(some_class)` or plain `@register` on an annotated function.")

def singledispatch(func):
    registry = {object: func}
    def dispatch(cls):
        return _find_impl(cls, registry)
    def register(cls, func=None):
        names_class = isinstance(cls, type) or _is_union(cls)
        if names_class and func is None:
            # @register(SomeClass): the function comes next
            return lambda f: register(cls, f)
        if not names_class:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            # plain @register: the class is the first parameter's annotation
            func, cls = cls, _first_annotation(cls)
        for target in (cls.__args__ if _is_union(cls) else (cls,)):
            registry[target] = func
        return func
    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)
    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper

class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func
    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)
    def __get__(self, obj, cls=None):
        # dispatch on the first argument after binding (self or cls is already taken)
        dispatch = self.dispatcher.dispatch
        def bound(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        bound.register = self.register
        return update_wrapper(bound, self.func)

# For each ordering a class may define: the three others, each as (negate the defined one's
# result, then combine it with '==' by 'or', with '!=' by 'and', or not at all).
_ORDERINGS = {
    '__lt__': {'__gt__': (True, 'and_ne'), '__le__': (False, 'or_eq'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'or_eq'), '__lt__': (False, 'and_ne'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'and_ne'), '__ge__': (False, 'or_eq'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'or_eq'), '__gt__': (False, 'and_ne'), '__lt__': (True, None)},
}


def _ordering_from(defined, name, negate, combine):
    def compare(self, other):
        outcome = getattr(type(self), defined)(self, other)
        if outcome is NotImplemented:
            return outcome
        if negate:
            outcome = not outcome
        if combine == 'or_eq':
            return outcome or self == other
        if combine == 'and_ne':
            return outcome and self != other
        return outcome
    compare.__name__ = name
    compare.__qualname__ = name
    return compare


def total_ordering(cls):
    own = [name for name in _ORDERINGS if getattr(cls, name, None) is not getattr(object, name, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # with several defined, the others come from the last of __lt__, __le__, __gt__, __ge__ in
    # alphabetical order ('__lt__' first, as CPython picks it)
    root = max(own)
    for name, (negate, combine) in _ORDERINGS[root].items():
        if name not in own:
            setattr(cls, name, _ordering_from(root, name, negate, combine))
    return cls
