# dataclasses for the sandbox.
#
# What it reproduces from CPython 3.11's documented behaviour: @dataclass (with or without
# arguments) reads the class's annotations in order, after the fields of dataclass bases, and
# adds __init__ (defaults, default_factory, init=False fields, __post_init__ receiving the
# InitVar values), __repr__, __eq__, ordering, __hash__ by the documented eq/frozen/unsafe_hash
# table, __match_args__; frozen=True refuses assignment and deletion with FrozenInstanceError
# ("cannot assign to field 'x'"); kw_only=True, field(kw_only=...) and the KW_ONLY marker make
# keyword-only parameters; slots=True rebuilds the class with __slots__ (no __dict__); ClassVar
# annotations are no fields; the errors for a mutable default, a non-default field after a
# default one, mixing frozen and non-frozen bases, order without eq, and the argument errors
# of the generated __init__ with its qualified name. fields(), asdict() and astuple()
# (recursive, deep-copying the rest), replace(), is_dataclass(), make_dataclass().
# The code is the sandbox's own.
import copy as _copy
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'


# what kind of entry of __dataclass_fields__ a Field is
class _Kind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _Kind('_FIELD')
_FIELD_CLASSVAR = _Kind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Kind('_FIELD_INITVAR')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _types.MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in
                         ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                          'compare', 'metadata', 'kw_only', '_field_type'))
        return f'Field({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_kind(annotation):
    """_FIELD_CLASSVAR, _FIELD_INITVAR, KW_ONLY or _FIELD for one class annotation (objects or,
    under `from __future__ import annotations`, their source text)."""
    if annotation is KW_ONLY or annotation is _KW_ONLY_TYPE:
        return KW_ONLY
    if isinstance(annotation, InitVar) or annotation is InitVar:
        return _FIELD_INITVAR
    text = annotation if isinstance(annotation, str) else repr(annotation)
    for prefix in ('', 'dataclasses.'):
        if text == prefix + 'KW_ONLY':
            return KW_ONLY
        if text.startswith(prefix + 'InitVar'):
            return _FIELD_INITVAR
    for prefix in ('', 'typing.', 't.'):
        if text == prefix + 'ClassVar' or text.startswith(prefix + 'ClassVar['):
            return _FIELD_CLASSVAR
    return _FIELD


def _unhashable(value):
    # the builtin containers' classes answer __hash__ with a method here, not None
    return type(value).__hash__ is None or isinstance(value, (list, dict, set, bytearray))


def _own_fields(cls, kw_only_default):
    """The Fields the class body itself declares, in annotation order."""
    found = []
    kw_only_now = kw_only_default
    seen_marker = False
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        kind = _annotation_kind(annotation)
        if kind is KW_ONLY:
            if seen_marker:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_marker = True
            kw_only_now = True
            continue
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
        else:
            f = field(default=value)
        f.name = name
        f.type = annotation
        f._field_type = kind
        if kind is not _FIELD_CLASSVAR and f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if kind is not _FIELD and f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if kind is _FIELD and _unhashable(f.default):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        found.append(f)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls.__dict__.get('__annotations__', {}):
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return found


def _plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, all_fields, frozen_setter):
    """An __init__ binding its arguments as a def with these parameters would."""
    params = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR and f.init]
    positional = [f for f in params if not f.kw_only]
    keyword = [f for f in params if f.kw_only]
    seen_default = None
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    computed = [f for f in all_fields.values() if f._field_type is _FIELD and not f.init]
    initvars = [f for f in all_fields.values() if f._field_type is _FIELD_INITVAR]
    qualname = f'{cls.__qualname__}.__init__'
    required = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if required == len(positional):
                takes = _plural(len(positional) + 1, 'positional argument')
            else:
                takes = f'from {required + 1} to {len(positional) + 1} positional arguments'
            given = len(args) + 1
            keyword_given = sum(1 for f in keyword if f.name in kwargs)
            if keyword_given:
                given = f"{_plural(given, 'positional argument')} (and {_plural(keyword_given, 'keyword-only argument')})"
            raise TypeError(f"{qualname}() takes {takes} but {given} {'was' if given == 1 else 'were'} given")
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            known = any(f.name == name for f in params)
            if not known:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
            values[name] = value
        for group, what in ((positional, 'positional'), (keyword, 'keyword-only')):
            missing = [f.name for f in group if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError(f"{qualname}() missing {_plural(len(missing), f'required {what} argument')}: {_quoted_list(missing)}")
        for f in params:
            if f._field_type is _FIELD_INITVAR:
                continue
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            frozen_setter(self, f.name, value)
        for f in computed:
            if f.default_factory is not MISSING:
                frozen_setter(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                frozen_setter(self, f.name, f.default)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init(*[values.get(f.name, f.default) for f in initvars])

    __init__.__qualname__ = qualname
    return __init__


def _set_new(cls, name, value):
    """Adds a generated method unless the class body defines its own."""
    if name in cls.__dict__:
        return False
    value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return True


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    base_frozen = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            all_fields.update(base_fields)
            base_frozen = base.__dataclass_params__['frozen']
    if base_frozen is not None and base_frozen != frozen:
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
        # the default stays a class attribute; a Field object in the body does not
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                                'unsafe_hash': unsafe_hash, 'frozen': frozen}
    data = [f for f in all_fields.values() if f._field_type is _FIELD]

    if frozen:
        def frozen_setter(self, name, value):
            object.__setattr__(self, name, value)
    else:
        def frozen_setter(self, name, value):
            setattr(self, name, value)
    if init:
        _set_new(cls, '__init__', _make_init(cls, all_fields, frozen_setter))

    if repr:
        shown = [f.name for f in data if f.repr]
        active = set()

        def __repr__(self):
            key = id(self)
            if key in active:
                return '...'
            active.add(key)
            try:
                inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in shown)
            finally:
                active.discard(key)
            return f'{type(self).__qualname__}({inner})'
        _set_new(cls, '__repr__', __repr__)

    compared = [f.name for f in data if f.compare]

    def as_key(obj):
        return tuple(getattr(obj, name) for name in compared)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_key(self) == as_key(other)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, test in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                           ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            def compare(self, other, test=test):
                if other.__class__ is self.__class__:
                    return test(as_key(self), as_key(other))
                return NotImplemented
            compare.__name__ = name
            if not _set_new(cls, name, compare):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        field_names = {f.name for f in data}

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        for name, method in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if not _set_new(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hashed = [f.name for f in data if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in hashed))
    # the class body's own __hash__ (a plain `__eq__` in the body sets it to None)
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not explicit_hash:
        cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields.values()
                                   if f._field_type is not _FIELD_CLASSVAR and f.init and not f.kw_only)

    if slots:
        cls = _with_slots(cls, [f.name for f in data])
    return cls


def _with_slots(cls, names):
    """The class made again with __slots__ for its fields (slots must exist when a class is made)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    body = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(base.__dict__.get('__slots__', ()))
    body['__slots__'] = tuple(name for name in names if name not in inherited)
    for name in names:
        body.pop(name, None)
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, body)
    remade.__qualname__ = cls.__qualname__
    return remade


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(target):
        return _process(target, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, make_dataclass_value, make_dict):
    """asdict/astuple's recursion: dataclasses, lists, tuples (namedtuples too) and dicts are
    rebuilt from converted parts; anything else is deep-copied."""
    if _is_instance(obj):
        return make_dataclass_value(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make_dataclass_value, make_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_dataclass_value, make_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_dataclass_value, make_dict), _convert(v, make_dataclass_value, make_dict))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_dict(value):
        return dict_factory([(f.name, _convert(getattr(value, f.name), as_dict, dict_factory)) for f in fields(value)])
    return as_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_tuple(value):
        return tuple_factory([_convert(getattr(value, f.name), as_tuple, None) for f in fields(value)])
    return as_tuple(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        else:
            name, kind, spec = item
            body[name] = spec
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = kind
    body['__annotations__'] = annotations
    if module is not None:
        body['__module__'] = module
    made = type(cls_name, tuple(bases), body)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
