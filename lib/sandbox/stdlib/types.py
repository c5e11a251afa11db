# types for the sandbox: the names of the interpreter's types, SimpleNamespace and
# MappingProxyType.
#
# What it reproduces from CPython 3.11's documented behaviour: FunctionType, LambdaType,
# GeneratorType, CoroutineType, AsyncGeneratorType, MethodType, BuiltinFunctionType,
# ModuleType, NoneType ... are the types the sandbox's objects have, for isinstance checks;
# SimpleNamespace (keyword construction, attribute access, repr "namespace(a=1)", equality);
# MappingProxyType (a read-only view of a mapping); new_class. Creating functions, methods or
# modules by calling these types is not supported. The code is the sandbox's own.
import sys as _sys


def _function():
    pass


async def _coroutine():
    pass


async def _async_generator():
    yield


def _generator():
    yield


class _Holder:
    def method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
GeneratorType = type(_generator())
_made = _coroutine()
CoroutineType = type(_made)
_made.close()
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
CodeType = type(None)
FrameType = type(None)
TracebackType = type(None)
del _made


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        items = dict(mapping_or_iterable)
        items.update(kwargs)
        for key, value in items.items():
            if not isinstance(key, str):
                raise TypeError(f"keywords must be strings, not '{type(key).__name__}'")
            setattr(self, key, value)

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{"namespace" if type(self) is SimpleNamespace else type(self).__name__}({shown})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None


class MappingProxyType:
    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def __or__(self, other):
        return dict(self._mapping) | dict(other)


# error messages name it as CPython names its C type
from _sandbox import c_type_name as _c_type_name
_c_type_name(MappingProxyType, 'mappingproxy')
_c_type_name(SimpleNamespace, 'types.SimpleNamespace')
# and type() shows it as CPython's builtin type: <class 'mappingproxy'>
MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
MappingProxyType.__module__ = 'builtins'


def new_class(name, bases=(), kwds=None, exec_body=None):
    namespace = {}
    if exec_body is not None:
        exec_body(namespace)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), namespace)


def coroutine(func):
    return func


class DynamicClassAttribute(property):
    pass
