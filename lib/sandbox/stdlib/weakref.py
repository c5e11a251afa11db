# weakref for the sandbox: ref, proxy, finalize, WeakValueDictionary, WeakKeyDictionary and
# WeakSet.
#
# The sandbox keeps every object as long as the run holds any reference to it and cannot
# tell when CPython would free it (CPython frees an object the moment its last reference
# goes). So references never die here: ref() keeps returning its object, the weak containers
# keep their entries, and a finalize() callback runs only when called or at exit (as
# CPython's does for objects still alive then, newest first). What does follow CPython 3.11:
# which objects can be weakly referenced ("cannot create weak reference to 'int' object"),
# the reprs, equality and hashing of references, callable finalize objects with
# alive/detach/peek. The code is the sandbox's own.
import sys

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
        self._obj = obj
        self.__callback__ = callback
        _refs.setdefault(id(obj), []).append(self)

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        obj = self._obj
        return f"<weakref at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"


ref = ReferenceType


class WeakMethod(ReferenceType):
    def __init__(self, meth, callback=None):
        self._func = meth.__func__
        ReferenceType.__init__(self, meth.__self__, callback)

    def __call__(self):
        return self._func.__get__(self._obj, type(self._obj)) if hasattr(self._func, '__get__') else (lambda *a, **k: self._func(self._obj, *a, **k))


class ProxyType:
    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_obj', obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_obj'), name)

    def __setattr__(self, name, value):
        setattr(self._obj, name, value)

    def __repr__(self):
        return f"<weakproxy at {id(self):#x}; to '{type(self._obj).__name__}' at {id(self._obj):#x}>"

    def __str__(self):
        return str(self._obj)

    def __call__(self, *args, **kwargs):
        return self._obj(*args, **kwargs)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return len(_refs.get(id(obj), ()))


def getweakrefs(obj):
    return list(_refs.get(id(obj), ()))


class WeakValueDictionary:
    def __init__(self, other=(), /, **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        _check(value)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def update(self, other=(), /, **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return type(self)(self._data)

    def clear(self):
        self._data.clear()

    def valuerefs(self):
        return [ref(v) for v in self._data.values()]


class WeakKeyDictionary(WeakValueDictionary):
    def __setitem__(self, key, value):
        _check(key)
        self._data[key] = value

    def keyrefs(self):
        return [ref(k) for k in self._data]


class WeakSet:
    def __init__(self, data=None):
        self._data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        _check(item)
        self._data.add(item)

    def discard(self, item):
        self._data.discard(item)

    def remove(self, item):
        self._data.remove(item)

    def __contains__(self, item):
        return item in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def __repr__(self):
        return repr(set(ref(x) for x in self._data))


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
