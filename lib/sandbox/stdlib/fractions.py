# fractions for the sandbox: Fraction, exact rational numbers.
#
# What it reproduces from CPython 3.11's documented behaviour: construction from ints, another
# Fraction, floats and Decimals (exactly), and strings ("3/4", "-1.5e-3", "1_000"); always in
# lowest terms with a positive denominator; arithmetic with ints (exact), floats (float
# results) and other Fractions; // and % and divmod; powers (exact for int exponents);
# comparisons with ints and floats compared exactly; round/floor/ceil/trunc; limit_denominator;
# str "3/4" and repr "Fraction(3, 4)"; the errors ("Invalid literal for Fraction: 'x'",
# "Fraction(1, 0)"). Fractions equal to an int or a float do not share their hash (the
# sandbox's dict keys are not CPython's numeric hashes). The code is the sandbox's own.
import math
import operator

__all__ = ['Fraction']

try:
    _complex = complex
except NameError:  # a sandbox without complex numbers
    _complex = ()


def _gcd(a, b):
    return math.gcd(a, b)


def _digits(text):
    if not text:
        return True
    parts = text.split('_')
    return all(p.isdigit() and p.isascii() for p in parts)


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None if it is not one."""
    s = text.strip()
    sign = 1
    if s and s[0] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        if not top or not bottom or not _digits(top) or not _digits(bottom):
            return None
        return sign * int(top), int(bottom)
    mantissa, exponent = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            body = exp_text[1:] if exp_text and exp_text[0] in '+-' else exp_text
            if not body or not _digits(body):
                return None
            exponent = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or not _digits(whole) or not _digits(frac):
        return None
    frac = frac.replace('_', '')
    numerator = int(whole.replace('_', '') or '0') * 10 ** len(frac) + int(frac or '0')
    denominator = 10 ** len(frac)
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return sign * numerator, denominator


def _ratio(x):
    """x as (numerator, denominator) if it is a rational number Fraction works with exactly."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    return None


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float) or hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, str):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}')
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            top, bottom = _ratio(numerator), _ratio(denominator)
            if top is None or bottom is None:
                raise TypeError("both arguments should be Rational instances")
            n, d = top[0] * bottom[1], top[1] * bottom[0]
        if d == 0:
            raise ZeroDivisionError(f'Fraction({n}, 0)')
        if _normalize:
            g = _gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d

    @classmethod
    def _of(cls, n, d):
        """An already reduced fraction (d > 0)."""
        made = object.__new__(cls)
        made._numerator = n
        made._denominator = d
        return made

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})")
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest fraction with a denominator at most max_denominator: walk the continued
        fraction's convergents, then pick the better of the last convergent and the best
        semiconvergent."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # convergents h/k in the usual notation, seeded with h(-2)/k(-2) = 0/1, h(-1)/k(-1) = 1/0
        num, den = self._numerator, self._denominator
        h_before, k_before, h_last, k_last = 0, 1, 1, 0
        while True:
            term, remainder = divmod(num, den)
            k_next = k_before + term * k_last
            if k_next > max_denominator:
                break
            h_before, k_before, h_last, k_last = h_last, k_last, h_before + term * h_last, k_next
            num, den = den, remainder
        steps = (max_denominator - k_before) // k_last
        semi = Fraction(h_before + steps * h_last, k_before + steps * k_last)
        convergent = Fraction(h_last, k_last)
        # a tie goes to the convergent
        return convergent if abs(convergent - self) <= abs(semi - self) else semi

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # ---- arithmetic: exact with Rationals, float with floats

    def _combine(self, other, exact, inexact, reverse=False):
        ratio = _ratio(other)
        if ratio is not None:
            a, b = (ratio, (self._numerator, self._denominator)) if reverse else ((self._numerator, self._denominator), ratio)
            return exact(a[0], a[1], b[0], b[1])
        if isinstance(other, float):
            mine = self._numerator / self._denominator
            return inexact(other, mine) if reverse else inexact(mine, other)
        if isinstance(other, _complex):
            mine = _complex(self._numerator / self._denominator)
            return inexact(other, mine) if reverse else inexact(mine, other)
        return NotImplemented

    @staticmethod
    def _add(na, da, nb, db):
        return Fraction(na * db + nb * da, da * db)

    @staticmethod
    def _sub(na, da, nb, db):
        return Fraction(na * db - nb * da, da * db)

    @staticmethod
    def _mul(na, da, nb, db):
        return Fraction(na * nb, da * db)

    @staticmethod
    def _div(na, da, nb, db):
        if nb == 0:
            raise ZeroDivisionError(f'Fraction({na * db}, 0)')
        return Fraction(na * db, da * nb)

    @staticmethod
    def _floordiv(na, da, nb, db):
        return (na * db) // (da * nb)

    @staticmethod
    def _divmod(na, da, nb, db):
        q, r = divmod(na * db, da * nb)
        return q, Fraction(r, da * db)

    @staticmethod
    def _mod(na, da, nb, db):
        return Fraction((na * db) % (nb * da), da * db)

    def __add__(self, other): return self._combine(other, Fraction._add, operator.add)
    def __radd__(self, other): return self._combine(other, Fraction._add, operator.add, True)
    def __sub__(self, other): return self._combine(other, Fraction._sub, operator.sub)
    def __rsub__(self, other): return self._combine(other, Fraction._sub, operator.sub, True)
    def __mul__(self, other): return self._combine(other, Fraction._mul, operator.mul)
    def __rmul__(self, other): return self._combine(other, Fraction._mul, operator.mul, True)
    def __truediv__(self, other): return self._combine(other, Fraction._div, operator.truediv)
    def __rtruediv__(self, other): return self._combine(other, Fraction._div, operator.truediv, True)
    def __floordiv__(self, other): return self._combine(other, Fraction._floordiv, operator.floordiv)
    def __rfloordiv__(self, other): return self._combine(other, Fraction._floordiv, operator.floordiv, True)
    def __divmod__(self, other): return self._combine(other, Fraction._divmod, divmod)
    def __rdivmod__(self, other): return self._combine(other, Fraction._divmod, divmod, True)
    def __mod__(self, other): return self._combine(other, Fraction._mod, operator.mod)
    def __rmod__(self, other): return self._combine(other, Fraction._mod, operator.mod, True)

    def __pow__(self, other):
        ratio = _ratio(other)
        if ratio is not None and ratio[1] == 1:
            power = ratio[0]
            if power >= 0:
                return Fraction._of(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError(f'Fraction({self._denominator ** -power}, 0)')
            if self._numerator > 0:
                return Fraction._of(self._denominator ** -power, self._numerator ** -power)
            return Fraction._of((-self._denominator) ** -power, (-self._numerator) ** -power)
        if ratio is not None:
            return (self._numerator / self._denominator) ** (ratio[0] / ratio[1])
        if isinstance(other, (float,) + (_complex if isinstance(_complex, tuple) else (_complex,))):
            return (self._numerator / self._denominator) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, (float,) + (_complex if isinstance(_complex, tuple) else (_complex,))):
            return other ** (self._numerator / self._denominator)
        return NotImplemented

    def __pos__(self):
        return Fraction._of(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._of(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._of(abs(self._numerator), self._denominator)

    def __int__(self):
        return self.__trunc__()

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __float__(self):
        return self._numerator / self._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            if twice < self._denominator:
                return whole
            if twice > self._denominator:
                return whole + 1
            return whole if whole % 2 == 0 else whole + 1
        # round(x, n) is x scaled by 10**n, rounded half to even, scaled back, kept exact
        scale = 10 ** abs(ndigits)
        if ndigits <= 0:
            return Fraction(round(self / scale) * scale)
        return Fraction(round(self * scale), scale)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        return hash((self._numerator, self._denominator))

    # ---- comparisons, exact against ints and finite floats

    def _compare(self, other, op):
        ratio = _ratio(other)
        if ratio is None and isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            ratio = other.as_integer_ratio()
        if ratio is None:
            return NotImplemented
        return op(self._numerator * ratio[1], ratio[0] * self._denominator)

    def __eq__(self, other):
        if isinstance(other, _complex):
            return other.imag == 0 and self == other.real
        return self._compare(other, operator.eq)

    def __lt__(self, other): return self._compare(other, operator.lt)
    def __le__(self, other): return self._compare(other, operator.le)
    def __gt__(self, other): return self._compare(other, operator.gt)
    def __ge__(self, other): return self._compare(other, operator.ge)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self if type(self) is Fraction else type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
