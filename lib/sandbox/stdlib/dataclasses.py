# dataclasses for the sandbox: @dataclass builds __init__, __repr__, __eq__ (and order, frozen)
# from the class annotations; field(), fields(), asdict(), astuple(), replace().
MISSING = object()
class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, kw_only=False):
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.name = None
        self.type = None
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
        text = ann if isinstance(ann, str) else repr(ann)
        if text.startswith('ClassVar') or text.startswith('typing.ClassVar'):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default=default)
        f.name = name
        f.type = ann
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
