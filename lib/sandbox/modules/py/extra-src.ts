// contextlib, typing, abc and copy for the sandbox, written in Python (our own code, following
// the behaviour the CPython 3.11 docs describe). Frames of these modules are hidden from
// tracebacks like the other stdlib ports.

export const CONTEXTLIB = String.raw`
from functools import wraps

class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper

class _AsyncGeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")

def asynccontextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper

class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions
    def __enter__(self):
        pass
    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)

class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result
    def __enter__(self):
        return self.enter_result
    def __exit__(self, *excinfo):
        pass
    async def __aenter__(self):
        return self.enter_result
    async def __aexit__(self, *excinfo):
        pass

class closing:
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *exc_info):
        self.thing.close()

class ExitStack:
    def __init__(self):
        self._callbacks = []
    def __enter__(self):
        return self
    def enter_context(self, cm):
        result = type(cm).__enter__(cm)
        self._callbacks.append(lambda et, ev, tb: type(cm).__exit__(cm, et, ev, tb))
        return result
    def callback(self, func, /, *args, **kwds):
        def run(et, ev, tb):
            func(*args, **kwds)
        self._callbacks.append(run)
        return func
    def close(self):
        self.__exit__(None, None, None)
    def __exit__(self, et, ev, tb):
        suppressed = False
        pending = None
        while self._callbacks:
            cb = self._callbacks.pop()
            try:
                if cb(et, ev, tb):
                    suppressed = True
                    et, ev, tb = None, None, None
            except BaseException as exc:
                pending = exc
                et, ev, tb = type(exc), exc, None
        if pending is not None:
            raise pending
        return suppressed
`;

// Type hints are evaluated at definition time in 3.11, so every name must exist and accept
// subscripts; none of them checks anything at run time, as in CPython.
export const TYPING = String.raw`
TYPE_CHECKING = False

class _Alias:
    def __init__(self, name, args=()):
        self._name = name
        self.__args__ = args
    def __getitem__(self, params):
        return _Alias(self._name, params if isinstance(params, tuple) else (params,))
    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")
    def __repr__(self):
        if not self.__args__:
            return "typing." + self._name
        return "typing." + self._name + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"
    def __or__(self, other):
        return _Alias("Union", (self, other))
    def __ror__(self, other):
        return _Alias("Union", (other, self))

def _type_repr(obj):
    if isinstance(obj, type):
        return obj.__name__ if obj.__module__ == "builtins" else obj.__module__ + "." + obj.__name__
    if obj is None or obj is type(None):
        return "None"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)

Any = _Alias("Any")
Optional = _Alias("Optional")
Union = _Alias("Union")
List = _Alias("List")
Dict = _Alias("Dict")
Set = _Alias("Set")
FrozenSet = _Alias("FrozenSet")
Tuple = _Alias("Tuple")
Type = _Alias("Type")
Callable = _Alias("Callable")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
Sequence = _Alias("Sequence")
Mapping = _Alias("Mapping")
MutableMapping = _Alias("MutableMapping")
Awaitable = _Alias("Awaitable")
Coroutine = _Alias("Coroutine")
AsyncIterator = _Alias("AsyncIterator")
AsyncIterable = _Alias("AsyncIterable")
AsyncGenerator = _Alias("AsyncGenerator")
Literal = _Alias("Literal")
Final = _Alias("Final")
ClassVar = _Alias("ClassVar")
Annotated = _Alias("Annotated")
NoReturn = _Alias("NoReturn")

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
    def __repr__(self):
        return "~" + self.__name__

class Generic:
    def __class_getitem__(cls, params):
        return cls

class Protocol(Generic):
    pass

def cast(typ, val):
    return val

def overload(func):
    return func

def final(f):
    return f

def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))
`;

export const ABC = String.raw`
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj

def _abstract_names(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
            elif name in names:
                names.discard(name)
    return sorted(names)

class ABC:
    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{plural} {', '.join(missing)}")
        return object.__new__(cls)

ABCMeta = type
`;

export const COPY = String.raw`
class Error(Exception):
    pass

def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, frozenset, type(None), range, bytes) or isinstance(x, type):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    y = object.__new__(cls)
    for k, v in vars(x).items():
        setattr(y, k, v)
    return y

def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, frozenset, type(None), range, bytes) or isinstance(x, type) or cls.__name__ in ("function", "builtin_function_or_method", "method"):
        return x
    if cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(v, memo) for v in x)
        return y
    if cls is tuple:
        y = tuple(deepcopy(v, memo) for v in x)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(v, memo) for v in x)
        memo[key] = y
        return y
    if hasattr(x, "__deepcopy__"):
        return x.__deepcopy__(memo)
    y = object.__new__(cls)
    memo[key] = y
    for k, v in vars(x).items():
        setattr(y, k, deepcopy(v, memo))
    return y
`;
