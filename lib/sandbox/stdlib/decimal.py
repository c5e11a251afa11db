# decimal for the sandbox: Decimal, Context and the signals.
#
# What it reproduces from CPython 3.11 (whose decimal is the C libmpdec module), following
# the General Decimal Arithmetic specification it implements: a Decimal is a sign, an integer
# coefficient and a power-of-ten exponent, built exactly from ints, strings, floats and tuples;
# + - * / // % divmod ** and sqrt/exp/ln/log10 round to the context's precision with its
# rounding mode (ROUND_HALF_EVEN, 28 digits by default); exact quotients keep their ideal
# exponent (Decimal('1.00') / 2 is 0.50); // and % truncate towards zero; quantize, normalize,
# to_integral_value, as_tuple and friends; str/repr use scientific notation exactly where the
# specification says; format() handles f/e/g/%/n with grouping; comparisons are exact, also
# against ints and floats; getcontext/setcontext/localcontext (with keyword arguments, 3.11);
# conditions set flags and raise the trapped signal with the list of conditions
# ("decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]"). exp, ln and log10 are
# computed with guard digits rather than proven correctly rounded. The code is the sandbox's
# own.
import math as _math
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
           'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
           'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
           'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the order libmpdec lists signals in a Context's repr
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow]


def _signal_of(condition):
    """The signal a condition is reported as (ConversionSyntax ... are InvalidOperation)."""
    if issubclass(condition, InvalidOperation):
        return InvalidOperation
    return condition


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = {s: False for s in _SIGNALS}
        self.traps = {s: False for s in _SIGNALS}
        if flags is not None:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[_signal_of(s)] = True
        if traps is None:
            source = base.traps if base else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
            for s, on in source.items():
                self.traps[s] = on
        else:
            for s in (traps if not isinstance(traps, dict) else [k for k, v in traps.items() if v]):
                self.traps[_signal_of(s)] = True

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps[s])
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, "
                f"capitals={self.capitals}, clamp={self.clamp}, flags=[{flags}], traps=[{traps}])")

    def copy(self):
        other = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        other.flags = dict(self.flags)
        other.traps = dict(self.traps)
        return other

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, conditions):
        """Sets the flags of the conditions; raises the first trapped one's signal with the
        list of conditions (as libmpdec reports them)."""
        raised = None
        for condition in conditions:
            signal = _signal_of(condition)
            self.flags[signal] = True
            if raised is None and self.traps[signal]:
                raised = signal
        if raised is not None:
            raise raised([c for c in conditions if _signal_of(c) is raised])

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        return d._rounded(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._rounded(self)

    # the arithmetic as context methods
    def abs(self, a): return _dec(a).__abs__(context=self)
    def add(self, a, b): return _dec(a).__add__(b, context=self)
    def subtract(self, a, b): return _dec(a).__sub__(b, context=self)
    def multiply(self, a, b): return _dec(a).__mul__(b, context=self)
    def divide(self, a, b): return _dec(a).__truediv__(b, context=self)
    def divide_int(self, a, b): return _dec(a).__floordiv__(b, context=self)
    def remainder(self, a, b): return _dec(a).__mod__(b, context=self)
    def divmod(self, a, b): return _dec(a).__divmod__(b, context=self)
    def power(self, a, b, modulo=None): return _dec(a).__pow__(b, modulo, context=self)
    def sqrt(self, a): return _dec(a).sqrt(context=self)
    def exp(self, a): return _dec(a).exp(context=self)
    def ln(self, a): return _dec(a).ln(context=self)
    def log10(self, a): return _dec(a).log10(context=self)
    def quantize(self, a, b): return _dec(a).quantize(b, context=self)
    def normalize(self, a): return _dec(a).normalize(context=self)
    def plus(self, a): return _dec(a).__pos__(context=self)
    def minus(self, a): return _dec(a).__neg__(context=self)
    def compare(self, a, b): return _dec(a).compare(b, context=self)
    def max(self, a, b): return _dec(a).max(b, context=self)
    def min(self, a, b): return _dec(a).min(b, context=self)
    def to_integral_value(self, a): return _dec(a).to_integral_value(context=self)
    def to_sci_string(self, a): return str(_dec(a))
    def to_eng_string(self, a): return _dec(a).to_eng_string()
    def is_zero(self, a): return _dec(a).is_zero()
    def is_signed(self, a): return _dec(a).is_signed()
    def is_nan(self, a): return _dec(a).is_nan()
    def is_finite(self, a): return _dec(a).is_finite()
    def is_infinite(self, a): return _dec(a).is_infinite()
    def fma(self, a, b, c): return _dec(a).fma(b, c, context=self)

    def radix(self):
        return Decimal(10)


_current = None


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    def __init__(self, ctx, changes):
        self._base = ctx
        self._changes = changes

    def __enter__(self):
        self._saved = getcontext()
        fresh = (self._base or self._saved).copy()
        for name, value in self._changes.items():
            if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
            if name in ('flags', 'traps'):
                target = {s: False for s in _SIGNALS}
                for s in value:
                    target[_signal_of(s)] = True
                setattr(fresh, name, target)
            else:
                setattr(fresh, name, value)
        setcontext(fresh)
        return fresh

    def __exit__(self, *exc_info):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _dec(x, strict=True):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(int(x))
    if strict:
        raise TypeError(f"conversion from {type(x).__name__} to Decimal is not supported")
    return NotImplemented


def _operand(other):
    """other as a Decimal for a binary operator, or NotImplemented (floats are refused)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(int(other))
    return NotImplemented


def _ndigits(n):
    return len(str(n)) if n else 1


def _round_int(sign, coef, drop, rounding):
    """coef with its last `drop` digits removed, rounded per `rounding`; also whether digits
    were lost."""
    if drop <= 0:
        return coef, False
    scale = 10 ** drop
    kept, rest = divmod(coef, scale)
    if rest == 0:
        return kept, False
    half = rest * 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = half >= scale
    elif rounding == ROUND_HALF_DOWN:
        up = half > scale
    elif rounding == ROUND_HALF_EVEN:
        up = half > scale or (half == scale and kept % 2 == 1)
    else:  # ROUND_05UP
        up = kept % 10 in (0, 5)
    return kept + 1 if up else kept, True


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __init__(self, value="0", context=None):
        if isinstance(value, Decimal):
            self._set(value._sign, value._int, value._exp, value._special)
        elif isinstance(value, int):
            self._set(1 if value < 0 else 0, abs(int(value)), 0, '')
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._signal([ConversionSyntax])
                self._set(0, 0, 0, 'n')
            else:
                self._set(*parsed)
        elif isinstance(value, float):
            (context or getcontext()).flags[FloatOperation] = True
            made = Decimal.from_float(value)
            self._set(made._sign, made._int, made._exp, made._special)
        elif isinstance(value, (tuple, list)):
            self._from_tuple(value)
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    def _set(self, sign, coef, exp, special):
        object.__setattr__(self, '_sign', sign)
        object.__setattr__(self, '_int', coef)
        object.__setattr__(self, '_exp', exp)
        object.__setattr__(self, '_special', special)

    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exponent = value
        if sign not in (0, 1):
            raise ValueError("sign must be an integer with the value 0 or 1")
        coef = 0
        for d in digits:
            if not isinstance(d, int) or not 0 <= d <= 9:
                raise ValueError("coefficient must be a tuple of digits")
            coef = coef * 10 + d
        if exponent == 'F':
            self._set(sign, 0, 0, 'F')
        elif exponent in ('n', 'N'):
            self._set(sign, coef, 0, exponent)
        else:
            self._set(sign, coef, exponent, '')

    def __setattr__(self, name, value):
        raise AttributeError(f"'decimal.Decimal' object attribute '{name}' is read-only")

    @classmethod
    def _make(cls, sign, coef, exp, special=''):
        made = object.__new__(Decimal)
        made._set(sign, coef, exp, special)
        return made

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls._make(0, 0, 0, 'n')
        if f in (float('inf'), float('-inf')):
            return cls._make(1 if f < 0 else 0, 0, 0, 'F')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1  # d is 2**k
        made = cls._make(sign, n * 5 ** k, -k)
        return made if cls is Decimal else cls(made)

    # ---- the pieces

    def _isnan(self):
        return self._special in ('n', 'N')

    def _isinf(self):
        return self._special == 'F'

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (), self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._isnan():
            raise ValueError("cannot convert NaN to integer ratio")
        if self._isinf():
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    # ---- rounding to a context

    def _rounded(self, context, exact_ok=False):
        """This value rounded to the context's precision, with its flags and overflow."""
        if self._special:
            return self
        digits = _ndigits(self._int)
        coef, exp = self._int, self._exp
        conditions = []
        drop = digits - context.prec
        etiny = context.Etiny()
        if exp < etiny and coef:
            drop = max(drop, etiny - exp)
        if drop > 0:
            coef, lost = _round_int(self._sign, coef, drop, context.rounding)
            exp += drop
            conditions.append(Rounded)
            if lost:
                conditions.insert(0, Inexact)
            if _ndigits(coef) > context.prec:
                coef //= 10
                exp += 1
        if coef and exp + _ndigits(coef) - 1 > context.Emax:
            context._signal([Overflow, Inexact, Rounded])
            return self._overflowed(context)
        if conditions:
            context._signal(conditions)
        return Decimal._make(self._sign, coef, exp)

    def _overflowed(self, context):
        r = context.rounding
        to_inf = r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and self._sign == 0) or (r == ROUND_FLOOR and self._sign == 1)
        if to_inf:
            return Decimal._make(self._sign, 0, 0, 'F')
        return Decimal._make(self._sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)

    def _nan_result(self, other, context):
        """The result when an operand is a NaN (sNaN signals), else None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                context._signal([InvalidOperation])
                return Decimal._make(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    def _invalid(self, context, condition=InvalidOperation):
        context._signal([condition])
        return Decimal._make(0, 0, 0, 'n')

    # ---- text

    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def __repr__(self):
        return f"Decimal('{self}')"

    def _to_string(self, engineering):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            point = len(digits) + exp
            if point > 0:
                body = digits[:point] + ('.' + digits[point:] if point < len(digits) else '')
            else:
                body = '0.' + '0' * -point + digits
            return sign + body
        if not engineering:
            lead = 1
            shown_exp = adjusted
        elif self._int == 0:
            # a zero's exponent goes up to a multiple of three, with zeros after the point
            up = (3 - exp % 3) % 3
            body = '0.' + '0' * up if up else '0'
            shown_exp = exp + up
            return sign + body + ('E' + ('+' if shown_exp > 0 else '') + str(shown_exp) if shown_exp else '')
        else:
            lead = adjusted % 3 + 1
            shown_exp = adjusted - (lead - 1)
            if len(digits) < lead:
                digits = digits + '0' * (lead - len(digits))
        body = digits[:lead] + ('.' + digits[lead:] if len(digits) > lead else '')
        if shown_exp == 0:
            return sign + body
        return sign + body + 'E' + ('+' if shown_exp > 0 else '') + str(shown_exp)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # ---- conversions

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __int__(self):
        if self._isnan():
            raise ValueError("cannot convert NaN to integer")
        if self._isinf():
            raise OverflowError("cannot convert Infinity to integer")
        n = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self._special == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __floor__(self):
        if self._special:
            return int(self)
        n, d = self.as_integer_ratio()
        return n // d

    def __ceil__(self):
        if self._special:
            return int(self)
        n, d = self.as_integer_ratio()
        return -(-n // d)

    def __round__(self, n=None):
        if n is not None:
            return self.quantize(Decimal._make(0, 1, -n))
        if self._isnan():
            raise ValueError("cannot round a NaN")
        if self._isinf():
            raise OverflowError("cannot round an infinity")
        return int(self.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError("Cannot hash a signaling NaN value.")
            return 0 if self._isnan() else hash(float(self))
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        if self == float(self):
            return hash(float(self))
        return hash((n, d))

    # ---- comparisons

    def _cmp(self, other):
        """-1, 0 or 1; None if either is a NaN."""
        if self._isnan() or other._isnan():
            return None
        if self._isinf() or other._isinf():
            a = 0 if not self._isinf() else (-1 if self._sign else 1)
            b = 0 if not other._isinf() else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a != 0 and b != 0:
                    return -1 if a < b else 1
                if a:
                    return a
                return -b
        sa = -1 if self._sign and self._int else 1
        sb = -1 if other._sign and other._int else 1
        if not self._int and not other._int:
            return 0
        if not self._int:
            return -sb
        if not other._int:
            return sa
        if sa != sb:
            return sa
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        if a == b:
            return 0
        return sa if a > b else -sa

    def _comparable(self, other, ordering):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(int(other))
        if isinstance(other, float):
            context = getcontext()
            context.flags[FloatOperation] = True
            if ordering and context.traps[FloatOperation]:
                context._signal([FloatOperation])
            return Decimal.from_float(other)
        return NotImplemented

    def _order(self, other, test):
        theirs = self._comparable(other, True)
        if theirs is NotImplemented:
            return NotImplemented
        c = self._cmp(theirs)
        if c is None:
            getcontext()._signal([InvalidOperation])
            return False
        return test(c)

    def __eq__(self, other):
        theirs = self._comparable(other, False)
        if theirs is NotImplemented:
            return NotImplemented
        return self._cmp(theirs) == 0

    def __lt__(self, other): return self._order(other, lambda c: c < 0)
    def __le__(self, other): return self._order(other, lambda c: c <= 0)
    def __gt__(self, other): return self._order(other, lambda c: c > 0)
    def __ge__(self, other): return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _dec(other)
        c = self._cmp(other)
        if c is None:
            return other if self._isnan() else self
        return (other if c < 0 else self)._rounded(context or getcontext())

    def min(self, other, context=None):
        other = _dec(other)
        c = self._cmp(other)
        if c is None:
            return other if self._isnan() else self
        return (other if c > 0 else self)._rounded(context or getcontext())

    # ---- arithmetic

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        sign = 0 if (not self._int and not self._special and context.rounding != ROUND_FLOOR) else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp, self._special)._rounded(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        sign = 0 if (not self._int and not self._special and context.rounding != ROUND_FLOOR) else self._sign
        return Decimal._make(sign, self._int, self._exp, self._special)._rounded(context)

    def __abs__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        return Decimal._make(0, self._int, self._exp, self._special)._rounded(context)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return Decimal._make(_dec(other)._sign, self._int, self._exp, self._special)

    def __add__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._isinf() or other._isinf():
            if self._isinf() and other._isinf() and self._sign != other._sign:
                return self._invalid(context)
            return self if self._isinf() else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return Decimal._make(sign, 0, exp)._rounded(context)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._rounded(context)

    def __radd__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._isinf() or other._isinf():
            if (self._isinf() and not other._special and not other._int) or (other._isinf() and not self._special and not self._int):
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._rounded(context)

    def __rmul__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._isinf():
            if other._isinf():
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        if other._isinf():
            return Decimal._make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return self._invalid(context, DivisionUndefined)
            context._signal([DivisionByZero])
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if not self._int:
            return Decimal._make(sign, 0, ideal)._rounded(context)
        return _divide(sign, self._int, other._int, ideal, context)

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__truediv__(self, context)

    def _divide_integer(self, other, context):
        """(quotient, remainder) of truncating division, or a Decimal NaN/Infinity for both."""
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._isinf():
            if other._isinf():
                bad = self._invalid(context)
                return bad, bad
            return Decimal._make(sign, 0, 0, 'F'), self._invalid(context)
        if other._isinf():
            return Decimal._make(sign, 0, 0), self._rounded(context)
        if not other._int:
            if not self._int:
                bad = self._invalid(context, DivisionUndefined)
                return bad, bad
            context._signal([DivisionByZero])
            return Decimal._make(sign, 0, 0, 'F'), self._invalid(context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            bad = self._invalid(context, DivisionImpossible)
            return bad, bad
        return Decimal._make(sign, q, 0), Decimal._make(self._sign, r, exp)._rounded(context)

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide_integer(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        context = context or getcontext()
        if not other._special and not other._int and not self._special:
            return self._invalid(context, DivisionUndefined if not self._int else InvalidOperation)
        return self._divide_integer(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide_integer(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        q, r = self._divide_integer(other, context)
        if r._special:
            return r
        twice = r.copy_abs() * 2
        c = twice._cmp(other.copy_abs())
        if c > 0 or (c == 0 and q._int % 2 == 1):
            size = other.copy_abs()
            return r - size if r._sign == 0 else r + size
        return r

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return NotImplemented
        context = context or getcontext()
        if modulo is not None:
            modulo = _dec(modulo)
            if self._exp < 0 or other._exp < 0 or modulo._exp < 0:
                return self._invalid(context)
            return Decimal(pow(int(self), int(other), int(modulo)))
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        integral = not other._special and (other._exp >= 0 or other._int % 10 ** -other._exp == 0)
        if not self._special and not self._int:
            if not other._special and not other._int:
                return self._invalid(context)
            if other._sign:
                return Decimal._make(self._sign if integral and int(other) % 2 else 0, 0, 0, 'F')
            return Decimal._make(self._sign if integral and int(other) % 2 else 0, 0, 0)
        if self._isinf() or other._isinf():
            return Decimal(float(self) ** float(other))
        if integral:
            power = int(other)
            sign = self._sign if power % 2 else 0
            if power >= 0:
                return Decimal._make(sign, self._int ** power, self._exp * power)._rounded(context)
            # x ** -n = 10 ** (-e * n) / c ** n
            return _divide(sign, 1, self._int ** -power, self._exp * power, context)
        if self._sign:
            return self._invalid(context)
        return _transcendental(lambda work: _exp_fixed(_mul_fixed(other, _ln_fixed(self, work), work), work), context)

    def __rpow__(self, other, context=None):
        other = _operand(other)
        return NotImplemented if other is NotImplemented else other.__pow__(self, None, context)

    def fma(self, other, third, context=None):
        product = Decimal._make(self._sign ^ _dec(other)._sign, self._int * _dec(other)._int, self._exp + _dec(other)._exp)
        return product.__add__(_dec(third), context)

    def sqrt(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._isinf():
            return self._invalid(context) if self._sign else self
        if not self._int:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return self._invalid(context)
        coef, exp = self._int, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # scale the coefficient up by an even power of ten so the root has prec + 1 digits
        shift = max(0, context.prec + 1 - (_ndigits(coef) + 1) // 2)
        coef *= 100 ** shift
        exp -= 2 * shift
        root = _math.isqrt(coef)
        ideal = self._exp // 2
        root_exp = exp // 2
        if root * root == coef:
            while root_exp < ideal and root % 10 == 0:
                root //= 10
                root_exp += 1
        elif root % 5 == 0:
            root += 1  # a sticky digit: the root is not exact
        result = Decimal._make(0, root, root_exp)
        saved = context.rounding
        object.__setattr__(context, 'rounding', ROUND_HALF_EVEN)
        try:
            return result._rounded(context)
        finally:
            object.__setattr__(context, 'rounding', saved)

    def exp(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._isinf():
            return Decimal(0) if self._sign else self
        if not self._int:
            return Decimal(1)
        return _transcendental(lambda work: _exp_fixed(self, work), context)

    def ln(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if not self._special and not self._int:
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return self._invalid(context)
        if self._isinf():
            return self
        if self == 1:
            return Decimal(0)
        return _transcendental(lambda work: _ln_fixed(self, work), context)

    def log10(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if not self._special and not self._int:
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return self._invalid(context)
        if self._isinf():
            return self
        stripped, zeros = self._int, 0
        while stripped % 10 == 0:
            stripped //= 10
            zeros += 1
        if stripped == 1:
            return Decimal(self._exp + zeros)
        return _transcendental(lambda work: _div_fixed(_ln_fixed(self, work), _ln_fixed(Decimal(10), work), work), context)

    def logb(self, context=None):
        if self._special:
            return self
        return Decimal(self.adjusted())

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        context = context or getcontext()
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._isinf() or exp._isinf():
            if self._isinf() and exp._isinf():
                return self
            return self._invalid(context)
        target = exp._exp
        if not self._int:
            return Decimal._make(self._sign, 0, target)
        if self._exp >= target:
            coef = self._int * 10 ** (self._exp - target)
            lost = False
        else:
            coef, lost = _round_int(self._sign, self._int, target - self._exp, rounding or context.rounding)
        if _ndigits(coef) > context.prec:
            return self._invalid(context)
        conditions = []
        if self._exp < target:
            conditions = [Inexact, Rounded] if lost else [Rounded]
        if conditions:
            context._signal(conditions)
        return Decimal._make(self._sign, coef, target)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return (self._isnan() and other._isnan()) or (self._isinf() and other._isinf())
        return self._exp == other._exp

    def normalize(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special:
            return self
        rounded = self._rounded(context)
        if not rounded._int:
            return Decimal._make(rounded._sign, 0, 0)
        coef, exp = rounded._int, rounded._exp
        while coef % 10 == 0 and exp < context.Emax:
            coef //= 10
            exp += 1
        return Decimal._make(rounded._sign, coef, exp)

    reduce = normalize

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special:
            return self._nan_result(None, context) or self
        if self._exp >= 0:
            return self
        coef, _ = _round_int(self._sign, self._int, -self._exp, rounding or context.rounding)
        return Decimal._make(self._sign, coef, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if not self._special and self._exp < 0:
            lost = result._int * 10 ** -self._exp != self._int
            context._signal([Inexact, Rounded] if lost else [Rounded])
        return result

    def scaleb(self, other, context=None):
        if self._special:
            return self
        return Decimal._make(self._sign, self._int, self._exp + int(_dec(other)))._rounded(context or getcontext())

    def is_nan(self): return self._isnan()
    def is_qnan(self): return self._special == 'n'
    def is_snan(self): return self._special == 'N'
    def is_infinite(self): return self._isinf()
    def is_finite(self): return not self._special
    def is_zero(self): return not self._special and not self._int
    def is_signed(self): return self._sign == 1
    def is_canonical(self): return True
    def canonical(self): return self
    def conjugate(self): return self

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._isinf():
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))


def _divide(sign, a, b, ideal, context):
    """sign, a / b * 10**ideal rounded to the context: enough quotient digits for the
    precision, a sticky digit when inexact, trailing zeros kept only down to the ideal
    exponent when exact."""
    shift = _ndigits(b) - _ndigits(a) + context.prec + 1
    if shift >= 0:
        q, r = divmod(a * 10 ** shift, b)
    else:
        q, r = divmod(a, b * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return Decimal._make(sign, q, exp)._rounded(context)


# ---- exp and ln in fixed point: an int n stands for n / 10**work

def _fixed(d, work):
    n = d._int * 10 ** (work + d._exp) if work + d._exp >= 0 else d._int // 10 ** -(work + d._exp)
    return -n if d._sign else n


def _mul_fixed(d, n, work):
    return _fixed(d, work) * n // 10 ** work


def _div_fixed(a, b, work):
    return a * 10 ** work // b


def _exp_fixed(x, work):
    """exp of x (a Decimal, or an int in fixed point) in fixed point."""
    n = x if isinstance(x, int) else _fixed(x, work)
    one = 10 ** work
    if n < 0:
        # exp(-x) = 1 / exp(x)
        return one * one // _exp_fixed(-n, work)
    halvings = 0
    while n > one // 2:
        n //= 2
        halvings += 1
    term = one
    total = one
    k = 1
    while term:
        term = term * n // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total


def _ln_fixed(d, work):
    """ln of a positive Decimal in fixed point: ln(m * 10**k) = ln(m) + k ln(10) with m near
    1, ln(m) = 2 atanh((m - 1) / (m + 1))."""
    one = 10 ** work
    digits = _ndigits(d._int)
    k = d._exp + digits
    m = d._int * 10 ** (work - digits) if work >= digits else d._int // 10 ** (digits - work)  # m in [0.1, 1)
    return _ln_near_one(m, work) + k * _ln10(work)


def _ln_near_one(m, work):
    one = 10 ** work
    # bring m close to 1 by square roots, then undo with a power of two
    roots = 0
    while abs(m - one) * 100 > one:
        m = _math.isqrt(m * one)
        roots += 1
    # the series on |y| (floor division of negative terms would never reach zero)
    y = abs(m - one) * one // (m + one)
    y2 = y * y // one
    term = y
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * y2 // one
        k += 2
    if m < one:
        total = -total
    return 2 * total * 2 ** roots


_LN10 = {}


def _ln10(work):
    found = _LN10.get(work)
    if found is None:
        found = _LN10[work] = -_ln_near_one(10 ** (work - 1), work)  # ln 10 = -ln 0.1
    return found


def _transcendental(compute, context):
    """The result of a fixed-point computation, rounded to the context with guard digits."""
    work = context.prec + 15
    value = compute(work)
    sign = 1 if value < 0 else 0
    result = Decimal._make(sign, abs(value), -work)
    if result._int % 10 ** 5 == 0:
        result = Decimal._make(sign, result._int + 1, -work)
    saved = context.rounding
    object.__setattr__(context, 'rounding', ROUND_HALF_EVEN)
    try:
        return result._rounded(context)
    finally:
        object.__setattr__(context, 'rounding', saved)


# ---- parsing

def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip().replace('_', '') if '__' not in text and not text.strip().startswith('_') and not text.strip().endswith('_') else None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload or '0'), 0, kind
    mantissa, exp = lower, 0
    if 'e' in lower:
        mantissa, _, exp_text = lower.partition('e')
        body = exp_text[1:] if exp_text and exp_text[0] in '+-' else exp_text
        if not body.isdigit() or not body.isascii():
            return None
        exp = int(exp_text)
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not (whole.isdigit() and whole.isascii())) or (frac and not (frac.isdigit() and frac.isascii())):
        return None
    return sign, int(whole + frac or '0'), exp - len(frac), ''


# ---- format()

def _parse_spec(spec):
    """[[fill]align][sign][z][#][0][width][,|_][.precision][type], as format() reads it."""
    fill, align, sign, zero_coerce, alternate, zero_pad = ' ', None, '-', False, False, False
    width = grouping = precision = kind = None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        zero_coerce = True
        i += 1
    if spec[i:i + 1] == '#':
        alternate = True
        i += 1
    if spec[i:i + 1] == '0':
        zero_pad = True
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    if i > start:
        width = int(spec[start:i])
    if spec[i:i + 1] in (',', '_'):
        grouping = spec[i]
        i += 1
    if spec[i:i + 1] == '.':
        start = i + 1
        i += 1
        while i < len(spec) and spec[i].isdigit():
            i += 1
        precision = int(spec[start:i])
    if i < len(spec):
        kind = spec[i]
        i += 1
    if i != len(spec) or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError("Invalid format string")
    if zero_pad:
        if align is None:
            fill, align = '0', '='
        else:
            zero_pad = False
    return fill, align, sign, zero_coerce, alternate, zero_pad, width, grouping, precision, kind


def _group(digits, sep):
    if not sep:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[j:j + 3] for j in range(head, len(digits), 3)]
    return sep.join(parts)


def _to_digits(d, digits, rounding, pad=False):
    """d with at most `digits` significant digits (exactly that many with pad)."""
    have = _ndigits(d._int)
    if have <= digits:
        if pad and have < digits:
            return Decimal._make(d._sign, d._int * 10 ** (digits - have), d._exp - (digits - have))
        return d
    coef, _ = _round_int(d._sign, d._int, have - digits, rounding)
    exp = d._exp + have - digits
    if _ndigits(coef) > digits:
        coef //= 10
        exp += 1
    return Decimal._make(d._sign, coef, exp)


def _at_exponent(d, exp, rounding):
    """d with exponent `exp` (rounded, or padded with zeros)."""
    if d._exp >= exp:
        return Decimal._make(d._sign, d._int * 10 ** (d._exp - exp), exp)
    coef, _ = _round_int(d._sign, d._int, exp - d._exp, rounding)
    return Decimal._make(d._sign, coef, exp)


def _format_decimal(d, spec):
    fill, align, sign_opt, zero_coerce, alternate, zero_pad, width, grouping, precision, kind = _parse_spec(spec)
    context = getcontext()
    negative = d._sign == 1
    if d._special:
        body = 'Infinity' if d._isinf() else 'NaN'
        if kind == '%':
            body += '%'
        return _align(_sign_text(negative, sign_opt), body, fill, align, width)
    if kind is None:
        kind = 'G' if context.capitals else 'g'
    value = Decimal._make(d._sign, d._int, d._exp + 2) if kind == '%' else d
    if precision is not None:
        if kind in 'eE':
            value = _to_digits(value, precision + 1, context.rounding, pad=True)
        elif kind in 'fF%':
            value = _at_exponent(value, -precision, context.rounding)
        elif kind in 'gGn':
            value = _to_digits(value, max(precision, 1) if precision else 1, context.rounding)
    if not value._int and value._exp > 0 and kind in 'fF%':
        value = Decimal._make(value._sign, 0, 0)
    if zero_coerce and not value._int:
        negative = False
    digits = str(value._int)
    before = value._exp + len(digits)  # digits to the left of the point in plain notation
    if kind in 'eE':
        point = 1 - precision if (not value._int and precision is not None) else 1
    elif kind in 'fF%':
        point = before
    else:
        point = before if value._exp <= 0 and before > -6 else 1
    if point < 0:
        whole, frac = '0', '0' * -point + digits
    elif point > len(digits):
        whole, frac = digits + '0' * (point - len(digits)), ''
    else:
        whole, frac = digits[:point] or '0', digits[point:]
    exponent = before - point
    tail = '.' + frac if frac or alternate else ''
    if exponent != 0 or kind in 'eE':
        mark = 'E' if kind in 'EG' else 'e'
        tail += mark + ('+' if exponent >= 0 else '-') + str(abs(exponent))
    if kind == '%':
        tail += '%'
    sign = _sign_text(negative, sign_opt)
    if zero_pad and width is not None:
        whole = _group_padded(whole, grouping, width - len(tail) - len(sign))
    else:
        whole = _group(whole, grouping)
    return _align(sign, whole + tail, fill, align, width)


def _sign_text(negative, sign_opt):
    if negative:
        return '-'
    return {'+': '+', ' ': ' '}.get(sign_opt, '')


def _group_padded(whole, sep, room):
    """Zero padding that carries the thousands separators into the zeros."""
    if not sep:
        return whole.rjust(room, '0')
    grouped = _group(whole, sep)
    while len(grouped) < room:
        whole = '0' + whole
        grouped = _group(whole, sep)
    return grouped


def _align(sign, body, fill, align, width):
    if width is None or len(sign) + len(body) >= width:
        return sign + body
    pad = width - len(sign) - len(body)
    align = align or '>'
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


# error messages name these as CPython names its C types
from _sandbox import c_type_name as _c_type_name
_c_type_name(Decimal, 'decimal.Decimal')
_c_type_name(Context, 'decimal.Context')

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
