# multiprocessing.managers for the sandbox: SyncManager (what multiprocessing.Manager()
# returns) and its proxies for dict, list, Namespace and Value.
#
# What it reproduces from CPython 3.11: the manager counts as a process ("SyncManager-N" takes
# a process number); a proxy passed to other processes (as a Process argument, through a Queue
# or a Pool) still refers to the one shared object; every value goes in and comes out as a
# copy, so mutating what d[key] returned does not change the shared dict (write it back);
# proxies print as "<DictProxy object, typeid 'dict' at 0x...>" and str() shows the shared
# value. Queue(), Lock(), Event() ... return objects every process shares. CPython serves the
# proxies from a server process over pipes; here the shared object lives in the sandbox and a
# call costs only its instructions. The code is the sandbox's own.
from copy import deepcopy as _copy
import multiprocessing as _mp


class BaseProxy:
    _mp_shared = True
    _typeid = 'object'

    def __init__(self, referent):
        # set past NamespaceProxy.__setattr__, which forwards public names to the referent
        object.__setattr__(self, '_referent', referent)

    def __repr__(self):
        return f"<{type(self).__name__} object, typeid {self._typeid!r} at {id(self):#x}>"

    def __str__(self):
        return str(self._referent)

    def _getvalue(self):
        return _copy(self._referent)


class DictProxy(BaseProxy):
    _mp_shared = True
    _typeid = 'dict'

    def __getitem__(self, key):
        return _copy(self._referent[key])

    def __setitem__(self, key, value):
        self._referent[_copy(key)] = _copy(value)

    def __delitem__(self, key):
        del self._referent[key]

    def __contains__(self, key):
        return key in self._referent

    def __len__(self):
        return len(self._referent)

    def __iter__(self):
        return iter(list(self._referent))

    def get(self, key, default=None):
        return _copy(self._referent.get(key, default))

    def setdefault(self, key, default=None):
        return _copy(self._referent.setdefault(_copy(key), _copy(default)))

    def pop(self, key, *default):
        return _copy(self._referent.pop(key, *default))

    def popitem(self):
        return _copy(self._referent.popitem())

    def keys(self):
        return _copy(list(self._referent.keys()))

    def values(self):
        return _copy(list(self._referent.values()))

    def items(self):
        return _copy(list(self._referent.items()))

    def update(self, *args, **kwargs):
        self._referent.update(_copy(dict(*args, **kwargs)))

    def clear(self):
        self._referent.clear()

    def copy(self):
        return _copy(self._referent)


class ListProxy(BaseProxy):
    _mp_shared = True
    _typeid = 'list'

    def __getitem__(self, index):
        return _copy(self._referent[index])

    def __setitem__(self, index, value):
        self._referent[index] = _copy(value)

    def __delitem__(self, index):
        del self._referent[index]

    def __len__(self):
        return len(self._referent)

    def __contains__(self, value):
        return value in self._referent

    def __add__(self, other):
        return _copy(self._referent) + other

    def __mul__(self, n):
        return _copy(self._referent) * n

    def __iadd__(self, other):
        self._referent.extend(_copy(list(other)))
        return self

    def __reversed__(self):
        return iter(_copy(self._referent[::-1]))

    def append(self, value):
        self._referent.append(_copy(value))

    def extend(self, values):
        self._referent.extend(_copy(list(values)))

    def insert(self, index, value):
        self._referent.insert(index, _copy(value))

    def pop(self, *index):
        return _copy(self._referent.pop(*index))

    def remove(self, value):
        self._referent.remove(value)

    def index(self, value, *bounds):
        return self._referent.index(value, *bounds)

    def count(self, value):
        return self._referent.count(value)

    def reverse(self):
        self._referent.reverse()

    def sort(self, key=None, reverse=False):
        self._referent.sort(key=key, reverse=reverse)


class _Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        shown = [f"{name}={value!r}" for name, value in vars(self).items() if not name.startswith('_')]
        return f"Namespace({', '.join(shown)})"


class NamespaceProxy(BaseProxy):
    _mp_shared = True
    _typeid = 'Namespace'

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return _copy(getattr(self._referent, name))

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            setattr(self._referent, name, _copy(value))

    def __delattr__(self, name):
        delattr(self._referent, name)

    def __repr__(self):
        return repr(self._referent)


class _SharedValue:
    def __init__(self, typecode, value):
        self.typecode = typecode
        self.value = value


class ValueProxy(BaseProxy):
    _mp_shared = True
    _typeid = 'Value'

    @property
    def value(self):
        return _copy(self._referent.value)

    @value.setter
    def value(self, new):
        self._referent.value = _copy(new)

    def get(self):
        return self.value

    def set(self, new):
        self.value = new

    def __repr__(self):
        return f"Value({self._referent.typecode!r}, {self._referent.value!r})"

    __str__ = __repr__


class SyncManager:
    def __init__(self):
        self._number = None
        self._running = False

    def start(self, initializer=None, initargs=()):
        if self._running:
            raise RuntimeError("Already started server")
        self._number = _mp._next_number()
        self._running = True

    def shutdown(self):
        self._running = False

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if not self._running:
            self.start()
        return self

    def __exit__(self, *exc_info):
        self.shutdown()

    @property
    def address(self):
        return f"/sandbox/SyncManager-{self._number}"

    def dict(self, *args, **kwargs):
        return DictProxy(dict(*args, **kwargs))

    def list(self, sequence=()):
        return ListProxy(list(sequence))

    def Namespace(self, **kwargs):
        return NamespaceProxy(_Namespace(**kwargs))

    def Value(self, typecode, value, lock=True):
        return ValueProxy(_SharedValue(typecode, value))

    def Array(self, typecode, sequence, lock=True):
        return ListProxy(list(sequence))

    def Queue(self, maxsize=0):
        return _mp.Queue(maxsize)

    JoinableQueue = Queue

    def Lock(self):
        return _mp.Lock()

    def RLock(self):
        return _mp.Lock()

    def Event(self):
        return _SharedEvent()

    def Semaphore(self, value=1):
        return _SharedSemaphore(value)

    BoundedSemaphore = Semaphore

    def Barrier(self, parties, action=None, timeout=None):
        return _SharedBarrier(parties, action, timeout)

    def Condition(self, lock=None):
        return _SharedCondition(lock)


# threading's primitives made shareable: the subclasses only mark them as shared
import threading as _threading


class _SharedEvent(_threading.Event):
    _mp_shared = True


class _SharedSemaphore(_threading.Semaphore):
    _mp_shared = True


class _SharedBarrier(_threading.Barrier):
    _mp_shared = True


class _SharedCondition(_threading.Condition):
    _mp_shared = True
