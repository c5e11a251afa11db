# weakref for the sandbox: ref, proxy, finalize, WeakValueDictionary, WeakKeyDictionary and
# WeakSet.
#
# CPython frees an object the moment its last reference goes, and its weak references die with
# it. The sandbox's objects live in JavaScript's heap, so _weak_core answers the same question
# when the program looks: reading a ref, calling a proxy, or asking a weak container for its
# entries walks what the run can still reach; a referent it does not meet is dead (the ref
# returns None, its callback runs, the object's __del__ runs, the container entry goes). So
# `del obj` followed by `r()` gives None as in CPython; what differs is when a callback or
# __del__ runs: when the program next looks, not at the `del`. A finalize() object keeps its
# object alive and runs at exit (as CPython's does for objects still alive then, newest first)
# or when called. What else follows CPython 3.11: which objects can be weakly referenced
# ("cannot create weak reference to 'int' object"), the reprs, equality and hashing of
# references, callable finalize objects with alive/detach/peek. The code is the sandbox's own.
import sys
from _weak_core import cell as _cell, get as _get, alive as _alive, peek as _peek

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

_NOT_REFERABLE = (int, float, str, bytes, tuple, list, dict, bool, type(None))
_refs = {}  # id(obj) -> references made to it


def _check(obj):
    if type(obj) in _NOT_REFERABLE:
        raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")


class ReferenceType:
    __module__ = 'weakref'

    def __init__(self, obj, callback=None):
        _check(obj)
        self._cell = _cell(obj)
        self.__callback__ = callback
        self._hash = None
        _refs.setdefault(id(obj), []).append(self)

    def __call__(self):
        obj = _get(self._cell)
        if obj is None and self.__callback__ is not None:
            callback, self.__callback__ = self.__callback__, None
            callback(self)
        return obj

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        mine, theirs = self(), other()
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __repr__(self):
        obj = self()
        if obj is None:
            return f"<weakref at {id(self):#x}; dead>"
        return f"<weakref at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"


ref = ReferenceType


class WeakMethod(ReferenceType):
    def __init__(self, meth, callback=None):
        self._func = meth.__func__
        ReferenceType.__init__(self, meth.__self__, callback)

    def __call__(self):
        obj = ReferenceType.__call__(self)
        if obj is None:
            return None
        return self._func.__get__(obj, type(obj)) if hasattr(self._func, '__get__') else (lambda *a, **k: self._func(obj, *a, **k))


def _target(proxy):
    obj = _get(object.__getattribute__(proxy, '_cell'))
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType:
    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_cell', _cell(obj))

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __repr__(self):
        obj = _target(self)
        return f"<weakproxy at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    def __str__(self):
        return str(_target(self))

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return len(_refs.get(id(obj), ()))


def getweakrefs(obj):
    return list(_refs.get(id(obj), ()))


def _purge(data):
    """Drops the entries of `data` (key -> (cell, value)) whose cell's referent died."""
    if data:
        keys = list(data)
        for key, ok in zip(keys, _alive([data[k][0] for k in keys])):
            if not ok:
                del data[key]


class WeakValueDictionary:
    def __init__(self, other=(), /, **kwargs):
        self._data = {}  # key -> (cell of the value, None)
        self.update(other, **kwargs)

    def __getitem__(self, key):
        obj = _get(self._data[key][0])
        if obj is None:
            del self._data[key]
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        _check(value)
        self._data[key] = (_cell(value), None)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return self.get(key) is not None

    def __len__(self):
        _purge(self._data)
        return len(self._data)

    def __iter__(self):
        _purge(self._data)
        return iter(list(self._data))

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        entry = self._data.get(key)
        if entry is None:
            return default
        obj = _get(entry[0])
        if obj is None:
            del self._data[key]
            return default
        return obj

    def keys(self):
        _purge(self._data)
        return list(self._data)

    def values(self):
        _purge(self._data)
        return [_peek(c) for c, _ in self._data.values()]

    def items(self):
        _purge(self._data)
        return [(k, _peek(c)) for k, (c, _) in self._data.items()]

    def pop(self, key, *default):
        entry = self._data.pop(key, None)
        obj = None if entry is None else _get(entry[0])
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), /, **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return type(self)(self.items())

    def clear(self):
        self._data.clear()

    def valuerefs(self):
        return [ref(v) for v in self.values()]


class WeakKeyDictionary:
    def __init__(self, dict=None):
        self._data = {}  # id(key) -> (cell of the key, value)
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        entry = self._data.get(id(key))
        if entry is None or _peek(entry[0]) is not key:
            raise KeyError(key)
        return entry[1]

    def __setitem__(self, key, value):
        _check(key)
        self._data[id(key)] = (_cell(key), value)

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        del self._data[id(key)]

    def __contains__(self, key):
        entry = self._data.get(id(key))
        return entry is not None and _peek(entry[0]) is key

    def __len__(self):
        _purge(self._data)
        return len(self._data)

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        _purge(self._data)
        return [_peek(c) for c, _ in self._data.values()]

    def values(self):
        _purge(self._data)
        return [v for _, v in self._data.values()]

    def items(self):
        _purge(self._data)
        return [(_peek(c), v) for c, v in self._data.values()]

    def pop(self, key, *default):
        if key in self:
            return self._data.pop(id(key))[1]
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value

    def copy(self):
        return type(self)(self.items())

    def clear(self):
        self._data.clear()

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet:
    def __init__(self, data=None):
        self._data = {}  # id(item) -> (cell of the item, None)
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        _check(item)
        self._data[id(item)] = (_cell(item), None)

    def discard(self, item):
        if item in self:
            del self._data[id(item)]

    def remove(self, item):
        if item not in self:
            raise KeyError(item)
        del self._data[id(item)]

    def __contains__(self, item):
        entry = self._data.get(id(item))
        return entry is not None and _peek(entry[0]) is item

    def __len__(self):
        _purge(self._data)
        return len(self._data)

    def __iter__(self):
        _purge(self._data)
        return iter([_peek(c) for c, _ in self._data.values()])

    def __repr__(self):
        return repr(set(ref(x) for x in self))


class finalize:
    """Calls func(*args, **kwargs) once: when called, or at exit if still alive."""
    _created = 0
    _pending = []

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._state = (obj, func, args, kwargs)
        self.atexit = True
        finalize._created += 1
        self._index = finalize._created
        if not finalize._pending:
            import atexit
            atexit.register(finalize._at_exit)
        finalize._pending.append(self)

    def __call__(self, _=None):
        state = self._state
        if state is None:
            return None
        self._state = None
        if self in finalize._pending:
            finalize._pending.remove(self)
        obj, func, args, kwargs = state
        return func(*args, **kwargs)

    def detach(self):
        state = self._state
        if state is None:
            return None
        self._state = None
        obj, func, args, kwargs = state
        return (obj, func, args, kwargs)

    def peek(self):
        state = self._state
        return None if state is None else state

    @property
    def alive(self):
        return self._state is not None

    def __repr__(self):
        if self._state is None:
            return f"<finalize object at {id(self):#x}; dead>"
        obj = self._state[0]
        return f"<finalize object at {id(self):#x}; for '{type(obj).__name__}' at {id(obj):#x}>"

    @staticmethod
    def _at_exit():
        for item in sorted(finalize._pending, key=lambda f: f._index, reverse=True):
            if item.atexit:
                item()
