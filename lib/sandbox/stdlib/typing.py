# typing for the sandbox. Annotations are evaluated when a function or class is defined in
# 3.11, so every name must exist and accept subscripts; none of them checks anything at run
# time, as in CPython.
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
