# statistics for the sandbox.
#
# What it reproduces from CPython 3.11's documented behaviour, down to the result types and
# the last digit: mean/variance/pvariance work exactly (as fractions) and convert once at the
# end, so ints give an int when the result is whole and a float otherwise, floats give the
# correctly rounded float, Fractions and Decimals stay what they are; stdev/pstdev are the
# correctly rounded square root of that exact variance; fmean, geometric_mean, harmonic_mean
# (with weights), median and its variants (median_grouped's interpolation), mode/multimode
# (first seen wins), quantiles (exclusive and inclusive methods), covariance, correlation,
# linear_regression (proportional=), NormalDist, and StatisticsError with CPython's messages.
# NormalDist.inv_cdf uses the published AS 241 approximation CPython also uses. The code is the
# sandbox's own.
import math
from fractions import Fraction
from decimal import Decimal
from collections import Counter, namedtuple

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator)."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return x, None  # an infinity or a NaN: carried along as is
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _result_type(current, value):
    """The type a mix of data converts to: int < Fraction/Decimal/float, and never two of
    float, Fraction, Decimal together."""
    kind = type(value)
    if kind is bool:
        kind = int
    if current is int or current is None:
        return kind
    if kind is int or kind is current:
        return current
    if issubclass(kind, current):
        return kind
    if issubclass(current, kind):
        return current
    if current is float and kind is not Decimal or kind is float and current is not Decimal:
        return float
    raise TypeError(f"don't know how to coerce {current.__name__} and {kind.__name__}")


def _exact_sum(data):
    """(type, exact total as a Fraction (or a float infinity/NaN), count)."""
    kind = None
    total = Fraction(0)
    special = None
    count = 0
    for x in data:
        kind = _result_type(kind, x)
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            total += Fraction(n, d)
    if special is not None:
        return kind or int, special, count
    return kind or int, total, count


def _convert(value, kind):
    if isinstance(value, float):  # an infinity or a NaN was in the data
        return value
    if kind is int:
        kind = int if value.denominator == 1 else float
    if kind is int:
        return value.numerator
    if kind is Decimal or issubclass(kind, Decimal):
        return kind(value.numerator) / kind(value.denominator)
    if kind is float:
        return value.numerator / value.denominator
    return kind(value)


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    kind, total, n = _exact_sum(data)
    return _convert(total / n, kind)


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    data = list(data)
    weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except (ValueError, StatisticsError):
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if not n:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None and n == 1:
        # a lone unweighted value is its own harmonic mean, returned as given (not converted)
        [only] = data
        if not isinstance(only, (int, float, Fraction, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        return only
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError('Weights must be non-negative')
        weight_total = _convert(_exact_sum(weights)[1], _exact_sum(weights)[0])
    if any(x < 0 for x in data):
        raise StatisticsError(_NEGATIVE_HARMONIC)
    try:
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(Fraction(*_ratio(weight_total)) / total, kind)


def _sorted_for_median(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered, len(ordered) // 2


def median(data):
    # an even count averages the two middle values (with /, so two ints give a float)
    ordered, upper = _sorted_for_median(data)
    if len(ordered) & 1:
        return ordered[upper]
    return (ordered[upper - 1] + ordered[upper]) / 2


def median_low(data):
    ordered, upper = _sorted_for_median(data)
    return ordered[upper if len(ordered) & 1 else upper - 1]


def median_high(data):
    ordered, upper = _sorted_for_median(data)
    return ordered[upper]


def median_grouped(data, interval=1):
    data, middle = _sorted_for_median(data)
    n = len(data)
    x = data[middle]
    # the class x falls in starts half an interval below it; count what lies before and in it
    below = 0
    while below < n and data[below] < x:
        below += 1
    inside = below
    while inside < n and data[inside] == x:
        inside += 1
    try:
        lower = float(x) - float(interval) / 2
    except (TypeError, ValueError):
        raise TypeError("Value cannot be converted to a float")
    return lower + interval * (n / 2 - below) / (inside - below)


def mode(data):
    counts = Counter(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    for value, count in counts.items():
        if best is None or count > best[1]:
            best = (value, count)
    return best[0]


def multimode(data):
    counts = Counter(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _squared_deviations(data, center=None):
    """(type, exact sum of squared deviations from the mean (or center), count)."""
    data = list(data)
    kind, total, n = _exact_sum(data)
    if n == 0:
        return kind, Fraction(0), 0
    if isinstance(total, float):
        return float, total, n
    if center is None:
        middle = total / n
    else:
        kind = _result_type(kind, center)
        middle = Fraction(*_ratio(center))
    squares = Fraction(0)
    for x in data:
        deviation = Fraction(*_ratio(x)) - middle
        squares += deviation * deviation
    return kind, squares, n


def variance(data, xbar=None):
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, kind)


def _float_sqrt_of(value):
    """The correctly rounded float square root of an exact non-negative Fraction."""
    if isinstance(value, float):
        return math.sqrt(value)
    guess = math.sqrt(value.numerator / value.denominator)
    # the true root is within an ulp or so of the estimate: settle the last bit exactly
    for _ in range(4):
        lower, upper = _neighbour(guess, -1), _neighbour(guess, 1)
        if _closer(lower, guess, value):
            guess = lower
        elif _closer(upper, guess, value):
            guess = upper
        else:
            break
    return guess


def _neighbour(x, direction):
    return math.nextafter(x, math.inf if direction > 0 else -math.inf)


def _closer(a, b, square):
    """Whether a**2 is strictly closer to square than b**2, compared exactly."""
    fa, fb = Fraction(a), Fraction(b)
    return abs(fa * fa - square) < abs(fb * fb - square)


def _decimal_sqrt_of(value):
    return (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()


def stdev(data, xbar=None):
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if kind is Decimal or issubclass(kind, Decimal):
        return _decimal_sqrt_of(mss)
    return _float_sqrt_of(mss)


def pstdev(data, mu=None):
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if kind is Decimal or issubclass(kind, Decimal):
        return _decimal_sqrt_of(mss)
    return _float_sqrt_of(mss)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


def _pair_means(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{name} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    return n, math.fsum(x) / n, math.fsum(y) / n


def covariance(x, y, /):
    n, xbar, ybar = _pair_means(x, y, 'covariance')
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n, xbar, ybar = _pair_means(x, y, 'correlation')
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    # least squares; proportional=True fits a line through the origin (raw sums, no centring)
    n, x_mean, y_mean = _pair_means(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        spread = math.fsum(a * a for a in x)
    else:
        cross = math.fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y))
        spread = math.fsum((a - x_mean) ** 2.0 for a in x)
    try:
        slope = cross / spread
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else y_mean - slope * x_mean)


def _rational(coefficients, x):
    total = 0.0
    for c in reversed(coefficients):
        total = total * x + c
    return total


# Wichura's algorithm AS 241 (Applied Statistics, 1988): rational approximations of the
# normal quantile on three ranges of p, the published coefficients lowest power first
_CENTRAL_NUM = (3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3, 1.3731693765509461125e+4,
                4.5921953931549871457e+4, 6.7265770927008700853e+4, 3.3430575583588128105e+4, 2.5090809287301226727e+3)
_CENTRAL_DEN = (1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
                2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4, 5.2264952788528545610e+3)
_NEAR_NUM = (1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0,
             1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4)
_NEAR_DEN = (1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
             1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9)
_FAR_NUM = (6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1,
            2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7)
_FAR_DEN = (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
            7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15)


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return mu + q * _rational(_CENTRAL_NUM, r) / _rational(_CENTRAL_DEN, r) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _rational(_NEAR_NUM, r) / _rational(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _rational(_FAR_NUM, r) / _rational(_FAR_DEN, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    # A normal distribution as (mu, sigma). Arithmetic with a constant shifts or scales it;
    # adding or subtracting another (independent) NormalDist adds the variances.
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        values = list(data)
        return cls(fmean(values), stdev(values))

    def samples(self, n, *, seed=None):
        import random
        source = random if seed is None else random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    def _needs_spread(self, what, spread):
        if not spread:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        # a sigma so small that its square underflows counts as zero here
        var = self.variance
        self._needs_spread('pdf', var)
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(2.0 * math.pi * var)

    def cdf(self, x):
        self._needs_spread('cdf', self._sigma)
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        # written as two tests so that a NaN passes through, as in CPython
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        # Inman and Bradley (1989): the area under both densities. The two curves cross at
        # (at most) two points; the overlap is 1 minus the probability mass between them that
        # one distribution has and the other lacks. The narrower one goes first, so the result
        # does not depend on the order of the operands.
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = (other, self) if (other._sigma, other._mu) < (self._sigma, self._mu) else (self, other)
        narrow_var, wide_var = narrow.variance, wide.variance
        if not narrow_var or not wide_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = wide_var - narrow_var
        mean_gap = math.fabs(wide._mu - narrow._mu)
        if not var_gap:
            # equal spreads: the curves cross once, midway between the means
            return 1.0 - math.erf(mean_gap / (2.0 * narrow._sigma * math.sqrt(2.0)))
        centre = narrow._mu * wide_var - wide._mu * narrow_var
        half_width = narrow._sigma * wide._sigma * math.sqrt(mean_gap * mean_gap + var_gap * math.log(wide_var / narrow_var))
        missing = 0.0
        for crossing in ((centre + half_width) / var_gap, (centre - half_width) / var_gap):
            missing += math.fabs(wide.cdf(crossing) - narrow.cdf(crossing))
        return 1.0 - missing

    def zscore(self, x):
        self._needs_spread('zscore', self._sigma)
        return (x - self._mu) / self._sigma

    # mean, median and mode coincide
    mean = median = mode = property(lambda self: self._mu)

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        # other - self, with other a constant
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            # not a tuple comparison: that would call a NaN equal to itself
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
