# enum for the sandbox: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and the
# functional API.
#
# What it reproduces from CPython 3.11's documented behaviour: members in definition order,
# aliases for repeated values (and, for flags, for values of several bits), lookup by value
# (Color(1), with _missing_) and by name (Color['RED']), the reprs and strs 3.11 prints
# (<Color.RED: 1>, Color.RED; IntEnum/IntFlag/StrEnum show their value for str() and
# format()), auto() (last value + 1, lower-cased names for StrEnum, powers of two for flags),
# unique(), "cannot reassign member", "7 is not a valid Color", flag combinations
# (<Perm.R|W: 3>, iteration over the bits, ~ within the defined bits, Flag refusing unknown
# bits and IntFlag keeping them), members built through __init__ or __new__.
#
# IntEnum, IntFlag and StrEnum members are not real ints or strs here (the sandbox's builtin
# subclasses do not carry a value): they are instances that answer every int (str) method
# and operator with their value, so arithmetic, comparison, hashing, indexing and formatting
# behave as in CPython and isinstance(member, int) holds. The code is the sandbox's own.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_enum_name', 'pickle_by_global_name']

_builtin_property = property
_no_value = object()


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


def _resolved(x):
    return x.resolve() if isinstance(x, (auto, _Deferred)) else x


class _Deferred:
    """An expression over auto() values in a class body (RW = R | W): without a custom class
    namespace the sandbox cannot resolve auto() as each name is assigned, so the expression
    waits until the members before it have their values."""

    def __init__(self, op, operands):
        self.op = op
        self.operands = operands

    def resolve(self):
        return self.op(*[_resolved(x) for x in self.operands])


def _deferring(op, swap=False):
    def combine(self, other):
        return _Deferred(op, (other, self) if swap else (self, other))
    return combine


class auto:
    """Stands for a value the enum computes (_generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"

    def resolve(self):
        return self.value

    __or__ = _deferring(lambda a, b: a | b)
    __ror__ = _deferring(lambda a, b: a | b, True)
    __and__ = _deferring(lambda a, b: a & b)
    __rand__ = _deferring(lambda a, b: a & b, True)
    __xor__ = _deferring(lambda a, b: a ^ b)
    __rxor__ = _deferring(lambda a, b: a ^ b, True)
    __add__ = _deferring(lambda a, b: a + b)
    __radd__ = _deferring(lambda a, b: a + b, True)
    __sub__ = _deferring(lambda a, b: a - b)
    __rsub__ = _deferring(lambda a, b: a - b, True)
    __mul__ = _deferring(lambda a, b: a * b)
    __rmul__ = _deferring(lambda a, b: a * b, True)


for _name in ('__or__', '__ror__', '__and__', '__rand__', '__xor__', '__rxor__'):
    setattr(_Deferred, _name, getattr(auto, _name))


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(class_name, name):
    prefix = '_' + class_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(value):
    if isinstance(value, (_builtin_property, classmethod, staticmethod, type)):
        return True
    if isinstance(value, (auto, _Deferred)):
        return False
    if callable(value) and hasattr(value, '__code__'):
        return True
    return hasattr(type(value), '__get__')


def _bits(value):
    """The single bits set in a non-negative int, lowest first."""
    found = []
    bit = 1
    while bit <= value:
        if value & bit:
            found.append(bit)
        bit <<= 1
    return found


class _MembersView:
    """What Color.__members__ returns: a read-only view of the name -> member map."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


def _split_body(class_name, classdict):
    """Separates a class body into (members as (name, value) pairs, everything else)."""
    ignore = classdict.get('_ignore_', ())
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    members = []
    rest = {}
    for key, value in classdict.items():
        if key in ignore or key == '_ignore_':
            continue
        if isinstance(value, nonmember):
            rest[key] = value.value
        elif isinstance(value, member):
            members.append((key, value.value))
        elif _is_dunder(key) or _is_sunder(key) or _is_private(class_name, key) or _is_descriptor(value):
            rest[key] = value
        else:
            members.append((key, value))
    return members, rest


def _value_type(bases):
    """The data type members' values are made of: int for IntEnum, str for StrEnum ..."""
    for base in bases:
        for klass in base.__mro__:
            if klass in (int, str, float):
                return klass
            found = klass.__dict__.get('_member_type_')
            if found is not None and found is not object:
                return found
    return object


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        members, body = _split_body(cls, classdict)
        value_type = _value_type(bases)
        body['_member_type_'] = value_type
        custom_new = body.get('__new__')
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_new_member_', custom_new)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)
        is_flag = Flag is not None and any(isinstance(b, EnumType) and issubclass(b, Flag) for b in bases)
        last_values = []
        for count, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, _Deferred):
                value = value.resolve()
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(enum_class._generate_next_value_(name, 1, count, last_values[:]) if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            metacls._add_member(enum_class, name, value, value_type, is_flag)
        if value_type in (int, str) and not issubclass(enum_class, (_IntValued, _StrValued)):
            _answer_with_value(enum_class, value_type, keep=body)
        if value_type is not object:
            # the data type's repr/str/format must not win over the enum's ones
            first_enum = next(b for b in enum_class.__mro__[1:] if isinstance(b, EnumType))
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in body:
                    found = getattr(enum_class, name, None)
                    if found is None or found is getattr(value_type, name, None) or found is getattr(object, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        if is_flag:
            mask = 0
            for name in enum_class._member_names_:
                mask |= enum_class._member_map_[name]._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value, value_type, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        maker = enum_class._new_member_
        if maker is not None:
            item = maker(enum_class, *args)
            if not hasattr(item, '_value_'):
                item._value_ = value if value_type is object else value_type(*args)
        else:
            item = object.__new__(enum_class)
            item._value_ = value if value_type is object else value_type(*args)
        item._name_ = name
        item.__objclass__ = enum_class
        init = getattr(enum_class, '__init__', None)
        if type(init).__name__ == 'function':
            item.__init__(*args)
        item._sort_order_ = len(enum_class._member_names_)
        existing = None
        for other in enum_class._member_map_.values():
            if other._value_ == item._value_:
                existing = other
                break
        if existing is not None:
            item = existing  # an alias: the name refers to the first member with this value
        elif is_flag and (not isinstance(item._value_, int) or len(_bits(item._value_)) != 1):
            pass  # a flag value of several bits (or none) is not iterated over
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = item
        try:
            enum_class._value2member_map_.setdefault(item._value_, item)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, item)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)
        return cls._lookup(value)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for item in cls._member_map_.values():
            if item._value_ == value:
                return item
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {found!r} instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        body = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                body[name] = value
        elif hasattr(names, 'items'):
            for name, value in names.items():
                body[name] = value
        else:
            for name, value in names:
                body[name] = value
        body['__module__'] = module or '__main__'
        if qualname is not None:
            body['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, body, boundary=boundary)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(value).__qualname__}' and '{type(cls).__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f"<{kind} {cls.__name__!r}>"

    @_builtin_property
    def __members__(cls):
        return _MembersView(dict(cls._member_map_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        type.__setattr__(cls, name, value)


EnumMeta = EnumType
Flag = None  # defined below; the metaclass checks it while Enum itself is being made


class Enum(metaclass=EnumType):
    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            if last == max(last_values):
                return last + 1
        except TypeError:
            pass
        for earlier in reversed(last_values):
            try:
                return earlier + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def _value_repr(self):
        return repr(self._value_)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_repr()}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names.extend(k for k in type(self).__dict__ if not k.startswith('_'))
        return sorted(set(names))


class ReprEnum(Enum):
    """Members whose str() and format() are their value's (IntEnum, StrEnum, IntFlag)."""

    def __str__(self):
        return self._member_type_.__repr__(self._value_) if self._member_type_ is int else str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def _plain(x):
    return x._value_ if isinstance(x, Enum) else x


# how a member answers an operator or method with its value
_OPERATOR_FORMS = {
    '__add__': lambda v, o: v + o, '__radd__': lambda v, o: o + v,
    '__sub__': lambda v, o: v - o, '__rsub__': lambda v, o: o - v,
    '__mul__': lambda v, o: v * o, '__rmul__': lambda v, o: o * v,
    '__truediv__': lambda v, o: v / o, '__rtruediv__': lambda v, o: o / v,
    '__floordiv__': lambda v, o: v // o, '__rfloordiv__': lambda v, o: o // v,
    '__mod__': lambda v, o: v % o, '__rmod__': lambda v, o: o % v,
    '__pow__': lambda v, o, m=None: pow(v, o) if m is None else pow(v, o, m), '__rpow__': lambda v, o: o ** v,
    '__divmod__': lambda v, o: divmod(v, o), '__rdivmod__': lambda v, o: divmod(o, v),
    '__lshift__': lambda v, o: v << o, '__rlshift__': lambda v, o: o << v,
    '__rshift__': lambda v, o: v >> o, '__rrshift__': lambda v, o: o >> v,
    '__and__': lambda v, o: v & o, '__rand__': lambda v, o: o & v,
    '__or__': lambda v, o: v | o, '__ror__': lambda v, o: o | v,
    '__xor__': lambda v, o: v ^ o, '__rxor__': lambda v, o: o ^ v,
    '__lt__': lambda v, o: v < o, '__le__': lambda v, o: v <= o,
    '__gt__': lambda v, o: v > o, '__ge__': lambda v, o: v >= o,
    '__neg__': lambda v: -v, '__pos__': lambda v: +v, '__abs__': lambda v: abs(v), '__invert__': lambda v: ~v,
    '__int__': lambda v: int(v), '__index__': lambda v: int(v), '__float__': lambda v: float(v),
    '__bool__': lambda v: bool(v), '__round__': lambda v, *n: round(v, *n),
    '__trunc__': lambda v: int(v), '__floor__': lambda v: v // 1, '__ceil__': lambda v: -(-v // 1),
    '__len__': lambda v: len(v), '__contains__': lambda v, o: o in v, '__getitem__': lambda v, o: v[o],
    '__iter__': lambda v: iter(v),
}


def _value_method(name):
    form = _OPERATOR_FORMS.get(name)
    if form is not None:
        def forward(self, *args):
            return form(self._value_, *[_plain(a) for a in args])
    else:
        def forward(self, *args, **kwargs):
            return getattr(self._value_, name)(*[_plain(a) for a in args], **kwargs)
    forward.__name__ = name
    return forward


# the int and str methods members answer with their value (everything else, from __repr__ to
# __eq__, the enum classes define)
_NOT_FORWARDED = {'__new__', '__init__', '__repr__', '__str__', '__format__', '__getattribute__',
                  '__setattr__', '__delattr__', '__class__', '__doc__', '__init_subclass__',
                  '__subclasshook__', '__reduce__', '__reduce_ex__', '__dir__', '__sizeof__',
                  '__getnewargs__', '__class_getitem__', '__eq__', '__ne__', '__hash__'}
_INT_FORMS = ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
              '__rtruediv__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__pow__',
              '__rpow__', '__divmod__', '__rdivmod__', '__lshift__', '__rlshift__', '__rshift__',
              '__rrshift__', '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__',
              '__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__index__', '__float__',
              '__bool__', '__lt__', '__le__', '__gt__', '__ge__', '__round__', '__trunc__',
              '__floor__', '__ceil__']
_STR_FORMS = ['__add__', '__radd__', '__mul__', '__rmul__', '__mod__', '__lt__', '__le__', '__gt__',
              '__ge__', '__len__', '__contains__', '__getitem__', '__iter__', '__bool__']


def _forwarders(value_type):
    names = set(_INT_FORMS if value_type is int else _STR_FORMS)
    for name in vars(value_type):
        if name not in _NOT_FORWARDED and callable(getattr(value_type, name, None)):
            names.add(name)
    return {name: _value_method(name) for name in names}


def _value_eq(self, other):
    return self._value_ == _plain(other)


def _value_ne(self, other):
    return self._value_ != _plain(other)


def _value_hash(self):
    return hash(self._value_)


def _answer_with_value(cls, value_type, keep=()):
    """Gives an enum class whose members stand for ints (strs) the int (str) behaviour."""
    for name, forward in _forwarders(value_type).items():
        if name not in keep:
            type.__setattr__(cls, name, forward)
    for name, method in (('__eq__', _value_eq), ('__ne__', _value_ne), ('__hash__', _value_hash)):
        if name not in keep:
            type.__setattr__(cls, name, method)


class _IntValued:
    real = _builtin_property(lambda self: self._value_)
    imag = _builtin_property(lambda self: 0)
    numerator = _builtin_property(lambda self: self._value_)
    denominator = _builtin_property(lambda self: 1)


class _StrValued:
    pass


_answer_with_value(_IntValued, int)
_answer_with_value(_StrValued, str)


class IntEnum(_IntValued, int, ReprEnum):
    def _value_repr(self):
        return int.__repr__(self._value_)


class StrEnum(_StrValued, str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<FlagBoundary.{self.name}: {self.name.lower()!r}>"


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


def _definition_order(member):
    return member._sort_order_


class Flag(Enum):
    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        unknown = value & ~mask
        if value < 0 or unknown:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(mask.bit_length(), value.bit_length())
                raise ValueError(f"{cls!r} invalid value {value}\n    given {bin(value)[:2]}0 {bin(value)[2:].zfill(width)}\n  allowed {bin(mask)[:2]}0 {bin(mask)[2:].zfill(width)}")
            if boundary is CONFORM:
                value &= mask
                unknown = 0
            elif boundary is EJECT:
                return value
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        known = sorted([cls._value2member_map_[bit] for bit in _bits(value & mask) if bit in cls._value2member_map_],
                       key=_definition_order)
        labels = [m._name_ for m in known]
        if unknown:
            labels.append(str(unknown))
        pseudo._name_ = '|'.join(labels) if labels else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def _members_in(self):
        # 3.11 names and iterates a composite's members in definition order, not by value
        return sorted([self.__class__._value2member_map_[bit] for bit in _bits(self._value_ & self._flag_mask_)],
                      key=_definition_order)

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return len(self._members_in())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ (self._value_ & self._flag_mask_))

    def __repr__(self):
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_repr()}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_repr()}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_repr()})"
        return f"{type(self).__name__}.{self._name_}"


class IntFlag(_IntValued, int, ReprEnum, Flag, boundary=KEEP):
    def _value_repr(self):
        return int.__repr__(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if isinstance(other, int) and not isinstance(other, Enum):
            return other
        return NotImplemented

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __contains__ = Flag.__contains__
    __bool__ = Flag.__bool__


def unique(enumeration):
    duplicates = [(name, item._name_) for name, item in enumeration.__members__.items() if name != item._name_]
    if duplicates:
        listed = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {listed}")
    return enumeration


class EnumCheck:
    def __init__(self, name):
        self.name = name


CONTINUOUS = EnumCheck('CONTINUOUS')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS')
UNIQUE = EnumCheck('UNIQUE')


def verify(*checks):
    def check(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return check


def global_enum(cls, update_str=False):
    return cls


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def pickle_by_global_name(self, proto):
    return self.name


property = _builtin_property
