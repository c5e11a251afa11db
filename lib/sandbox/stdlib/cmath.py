# cmath for the sandbox: the math functions over complex numbers.
#
# What it reproduces from CPython 3.11's documented behaviour: the functions take ints, floats,
# complex numbers and objects with __complex__/__float__/__index__ and return complex numbers
# (phase/polar/isclose/is* return floats and bools); the branch cuts are the documented ones
# (sqrt/log along the negative real axis, asin/acos and atanh outside [-1, 1] on the real axis,
# atan and asinh outside [-1j, 1j] on the imaginary axis, acosh left of 1), continuous from the
# side the sign of a zero imaginary (or real) part says; log(0) and atanh(±1) raise "math
# domain error", a finite argument whose result overflows raises "math range error". The
# inverse functions follow the formulas of W. Kahan's "Branch Cuts for Complex Elementary
# Functions" (square roots of 1 ± z combined), which keep full accuracy near the cuts, so
# printed results match CPython's to the last digit on ordinary arguments. Infinite and NaN
# arguments give IEEE results of the same formulas rather than C99 Annex G's full table.
# The code is the sandbox's own.
import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf',
           'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase',
           'pi', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

# beyond this x, exp(x) (and cosh, sinh) is within a factor 4 of overflowing
_LARGE = 708.0
# above this size (the square root of a quarter of the largest float) the square roots of the
# inverse functions would overflow: use logarithms
_SQRT_LARGE = 6.703903964971299e+153
# asinh, acos and acosh combine square roots that cannot overflow; only past a quarter of the
# largest float do they switch to logarithms
_QUARTER_MAX = 4.49423283715579e+307
_LN2 = 0.6931471805599453
_MIN_NORMAL = 2.2250738585072014e-308


def _parts(z):
    """The (real, imag) floats of an argument, or CPython's TypeError for what is no number."""
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, (int, float)):
        return float(z), 0.0
    as_complex = getattr(type(z), '__complex__', None)
    if as_complex is not None:
        c = as_complex(z)
        if not isinstance(c, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(c).__name__})")
        return c.real, c.imag
    if hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return float(z), 0.0
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _finite(x, y):
    return _m.isfinite(x) and _m.isfinite(y)


def _result(x, y, re, im):
    """A result of finite arguments that is no longer finite overflowed."""
    if _finite(x, y) and not _finite(re, im):
        raise OverflowError('math range error')
    return complex(re, im)


def _sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if _m.isinf(ay):
        return inf, y
    if _m.isinf(ax):
        if x > 0:
            return inf, _m.copysign(0.0 if y == y else nan, y)
        return abs(y - y), _m.copysign(inf, y)
    if ax < _MIN_NORMAL and ay < _MIN_NORMAL:
        # subnormal parts: scaled up by 2**53 (and the root down by 2**27) to keep their digits
        big = ax * 9007199254740992.0
        s = _m.sqrt(big + _m.hypot(big, ay * 9007199254740992.0)) / 134217728.0
    else:
        # scaled by 8 (exact) so the sum cannot overflow
        s = 2.0 * _m.sqrt(ax / 8.0 + _m.hypot(ax / 8.0, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _m.copysign(d, y)
    return d, _m.copysign(s, y)


def sqrt(z, /):
    return complex(*_sqrt(*_parts(z)))


def _log_parts(x, y):
    ax = abs(x)
    ay = abs(y)
    if ax == 0.0 and ay == 0.0:
        raise ValueError('math domain error')
    if ax > _QUARTER_MAX or ay > _QUARTER_MAX:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _MIN_NORMAL and ay < _MIN_NORMAL:
        # subnormal parts: scale up by 2**53 first so hypot keeps their digits
        re = _m.log(_m.hypot(ax * 9007199254740992.0, ay * 9007199254740992.0)) - 53 * _LN2
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # near the unit circle log(h) loses digits; log1p of h*h - 1 keeps them
            big = max(ax, ay)
            small = min(ax, ay)
            re = _m.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
        else:
            re = _m.log(h)
    return re, _m.atan2(y, x)


def log(z, base=None, /):
    x, y = _parts(z)
    re, im = _log_parts(x, y)
    if base is None:
        return complex(re, im)
    bre, bim = _log_parts(*_parts(base))
    if bre == 0.0 and bim == 0.0:
        raise ValueError('math domain error')
    return complex(re, im) / complex(bre, bim)


def log10(z, /):
    re, im = _log_parts(*_parts(z))
    return complex(re / _m.log(10.0), im / _m.log(10.0))


def _infinite_angle(x, y):
    """exp, sinh and cosh of an infinite imaginary part have no direction: a domain error
    (unless the modulus goes to zero, exp's real part -inf)."""
    if _m.isinf(y) and x == x and x != -inf:
        raise ValueError('math domain error')


def exp(z, /):
    x, y = _parts(z)
    _infinite_angle(x, y)
    if x == -inf and not _m.isfinite(y):
        return complex(0.0, 0.0)
    if _m.isfinite(x) and x > _LARGE:
        # exp(x) alone would overflow before the product with cos(y) or sin(y) shrinks it
        scale = _m.exp(x - 1.0)
        return _result(x, y, scale * _cos(y) * _m.e, scale * _sin(y) * _m.e)
    scale = _m.exp(x)
    return _result(x, y, scale * _cos(y), scale * _sin(y))


def _cos(y):
    return _m.cos(y) if _m.isfinite(y) else nan


def _sin(y):
    return _m.sin(y) if _m.isfinite(y) else nan


def phase(z, /):
    x, y = _parts(z)
    return _m.atan2(y, x)


def polar(z, /):
    x, y = _parts(z)
    r = _m.hypot(x, y)
    if _finite(x, y) and _m.isinf(r):
        raise OverflowError('math range error')
    return r, _m.atan2(y, x)


def rect(r, phi, /):
    r = float(_real(r))
    phi = float(_real(phi))
    if not _m.isfinite(phi) and _m.isfinite(r) and r != 0.0:
        raise ValueError('math domain error')
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def _real(v):
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, complex):
        raise TypeError('must be real number, not complex')
    if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise TypeError(f"must be real number, not {type(v).__name__}")


def _sinh(x, y):
    _infinite_angle(abs(x), y)
    if _m.isfinite(x) and abs(x) > _LARGE:
        # one factor e taken out, so the product with cos(y) or sin(y) can stay finite
        t = x - _m.copysign(1.0, x)
        return _cos(y) * _m.sinh(t) * _m.e, _sin(y) * _m.cosh(t) * _m.e
    return _m.sinh(x) * _cos(y), _m.cosh(x) * _sin(y)


def _cosh(x, y):
    _infinite_angle(abs(x), y)
    if _m.isfinite(x) and abs(x) > _LARGE:
        t = x - _m.copysign(1.0, x)
        return _cos(y) * _m.cosh(t) * _m.e, _sin(y) * _m.sinh(t) * _m.e
    return _m.cosh(x) * _cos(y), _m.sinh(x) * _sin(y)


def _tanh(x, y):
    if _m.isinf(x):
        return _m.copysign(1.0, x), _m.copysign(0.0, _sin(2.0 * y)) if _m.isfinite(y) else 0.0
    if _m.isinf(y) and _m.isfinite(x):
        raise ValueError('math domain error')
    if abs(x) > 354.0:
        # tanh(x) is ±1 to double precision; the imaginary part decays like exp(-2|x|)
        return _m.copysign(1.0, x), 4.0 * _sin(y) * _cos(y) * _m.exp(-2.0 * abs(x))
    tx = _m.tanh(x)
    ty = _m.tan(y) if _m.isfinite(y) else nan
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def sinh(z, /):
    x, y = _parts(z)
    return _result(x, y, *_sinh(x, y))


def cosh(z, /):
    x, y = _parts(z)
    return _result(x, y, *_cosh(x, y))


def tanh(z, /):
    x, y = _parts(z)
    return complex(*_tanh(x, y))


# the circular functions are the hyperbolic ones turned a quarter: sin(z) = -i sinh(iz) ...
def sin(z, /):
    x, y = _parts(z)
    re, im = _sinh(-y, x)
    return _result(x, y, im, -re)


def cos(z, /):
    x, y = _parts(z)
    return _result(x, y, *_cosh(-y, x))


def tan(z, /):
    x, y = _parts(z)
    re, im = _tanh(-y, x)
    return complex(im, -re)


def _asinh(x, y):
    if abs(x) > _QUARTER_MAX or abs(y) > _QUARTER_MAX:
        return _m.copysign(_log_large(x, y), x), _m.atan2(y, abs(x))
    r1, i1 = _sqrt(1.0 + y, -x)
    r2, i2 = _sqrt(1.0 - y, x)
    return _m.asinh(r1 * i2 - r2 * i1), _m.atan2(y, r1 * r2 - i1 * i2)


def asinh(z, /):
    return complex(*_asinh(*_parts(z)))


def asin(z, /):
    x, y = _parts(z)
    re, im = _asinh(-y, x)
    return complex(im, -re)


def _log_large(x, y):
    """log|z| for a huge z, halved first so the modulus stays finite."""
    return _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0


def acos(z, /):
    x, y = _parts(z)
    if abs(x) > _QUARTER_MAX or abs(y) > _QUARTER_MAX:
        return complex(_m.atan2(abs(y), x), _m.copysign(_log_large(x, y), -y))
    r1, i1 = _sqrt(1.0 - x, -y)
    r2, i2 = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(r1, r2), _m.asinh(r2 * i1 - i2 * r1))


def acosh(z, /):
    x, y = _parts(z)
    if abs(x) > _QUARTER_MAX or abs(y) > _QUARTER_MAX:
        return complex(_log_large(x, y), _m.atan2(y, x))
    r1, i1 = _sqrt(x - 1.0, y)
    r2, i2 = _sqrt(x + 1.0, y)
    return complex(_m.asinh(r1 * r2 + i1 * i2), 2.0 * _m.atan2(i1, r2))


def _atanh(x, y):
    if x < 0.0:
        re, im = _atanh(-x, -y)
        return -re, -im
    ay = abs(y)
    if _m.isinf(x) or _m.isinf(ay):
        return 0.0, _m.copysign(pi / 2.0, y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y)
    if x == 1.0 and ay == 0.0:
        raise ValueError('math domain error')
    re = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    im = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return re, im


def atanh(z, /):
    return complex(*_atanh(*_parts(z)))


def atan(z, /):
    x, y = _parts(z)
    re, im = _atanh(-y, x)
    return complex(im, -re)


def isfinite(z, /):
    return _finite(*_parts(z))


def isinf(z, /):
    x, y = _parts(z)
    return _m.isinf(x) or _m.isinf(y)


def isnan(z, /):
    x, y = _parts(z)
    return x != x or y != y


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    ax, ay = _parts(a)
    bx, by = _parts(b)
    rel_tol = float(_real(rel_tol))
    abs_tol = float(_real(abs_tol))
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ax == bx and ay == by:
        return True
    if not _finite(ax, ay) or not _finite(bx, by):
        return False
    diff = _m.hypot(bx - ax, by - ay)
    return diff <= rel_tol * _m.hypot(bx, by) or diff <= rel_tol * _m.hypot(ax, ay) or diff <= abs_tol
