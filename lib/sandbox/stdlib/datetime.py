# datetime for the sandbox: date, time, datetime, timedelta, tzinfo and timezone.
#
# What it reproduces from CPython 3.11's documented behaviour: the proleptic Gregorian calendar
# (ordinals, weekdays, ISO calendar weeks), timedelta normalised to days/seconds/microseconds
# (floats rounded half to even) with its str ("1 day, 2:03:04.000005") and repr
# (datetime.timedelta(days=1, seconds=7384, microseconds=5)), the arithmetic and comparisons
# between the types and their errors, isoformat/fromisoformat (3.11's wider formats),
# strftime with glibc's directives (also the "-" no-padding flag) and strptime for the common
# ones, fixed-offset timezones and timezone.utc, aware arithmetic. now()/today()/utcnow()
# read the sandbox's virtual clock (time.time()), and local time is UTC. The code is the
# sandbox's own.
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(2, 14):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m - 1])


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _to_ordinal(year, month, day):
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _from_ordinal(n):
    """(year, month, day) of a day number (1 is January 1st of year 1)."""
    n -= 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31  # the last day of a leap cycle
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _check_int(value, name):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError(f"an integer is required (got type {type(value).__name__})")
    return int(value)


def _check_date(year, month, day):
    year, month, day = _check_int(year, 'year'), _check_int(month, 'month'), _check_int(day, 'day')
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour, 'hour'), _check_int(minute, 'minute')
    second, microsecond = _check_int(second, 'second'), _check_int(microsecond, 'microsecond')
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass")


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # everything in microseconds, exactly when the arguments are ints
        total = 0
        fractional = 0.0
        for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                             (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(value, int):
                total += value * scale
            elif isinstance(value, float):
                whole = int(value)
                total += whole * scale
                fractional += (value - whole) * scale
            else:
                raise TypeError(f"unsupported type for timedelta {_FIELD_NAMES[scale]} component: {type(value).__name__}")
        # the fractions of all the arguments, rounded once, half to even on the whole total
        whole = int(fractional // 1)
        rest = fractional - whole
        if rest > 0.5 or (rest == 0.5 and (total + whole) % 2 == 1):
            whole += 1
        self._set_total(total + whole)

    def _set_total(self, total):
        days, rest = divmod(total, 86400000000)
        seconds, micro = divmod(rest, 1000000)
        if not -999999999 <= days <= 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        object.__setattr__(self, '_days', days)
        object.__setattr__(self, '_seconds', seconds)
        object.__setattr__(self, '_microseconds', micro)
        object.__setattr__(self, '_hashcode', -1)

    @classmethod
    def _of(cls, total):
        made = object.__new__(cls)
        made._set_total(total)
        return made

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._total() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_qualified(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._of(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._of(self._total() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._of(_div_half_even(self._total() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._of(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._of(_div_half_even(self._total(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._of(_div_half_even(d * self._total(), n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._of(r)
        return NotImplemented

    def _cmp(self, other):
        return (self._total() > other._total()) - (self._total() < other._total())

    def __eq__(self, other):
        return self._total() == other._total() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._total() < other._total() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._total() <= other._total() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._total() > other._total() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._total() >= other._total() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_FIELD_NAMES = {604800000000: 'weeks', 86400000000: 'days', 3600000000: 'hours', 60000000: 'minutes',
                1000000: 'seconds', 1000: 'milliseconds', 1: 'microseconds'}


def _div_half_even(a, b):
    q, r = divmod(a, b)
    twice = 2 * r
    if b < 0:
        twice, b = -twice, -b
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


def _qualified(obj):
    cls = type(obj)
    return ('datetime.' if cls.__module__ == 'datetime' else cls.__module__ + '.') + cls.__qualname__


timedelta.min = timedelta._of(-999999999 * 86400000000)
timedelta.max = timedelta._of(1000000000 * 86400000000 - 1)
timedelta.resolution = timedelta._of(1)


# ---- strftime / strptime ----------------------------------------------------------------

def _iso_week(year, month, day):
    """(ISO year, ISO week, ISO weekday) of a date."""
    ordinal = _to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7  # Monday is 0
    thursday = ordinal - weekday + 3
    iso_year = _from_ordinal(thursday)[0]
    week = (thursday - _to_ordinal(iso_year, 1, 1)) // 7 + 1
    return iso_year, week, weekday + 1


def _offset_text(offset, sep, with_seconds=False):
    if offset is None:
        return ''
    sign = '+'
    total = offset._total()
    if total < 0:
        sign = '-'
        total = -total
    hours, rest = divmod(total, 3600000000)
    minutes, rest = divmod(rest, 60000000)
    seconds, micro = divmod(rest, 1000000)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or micro or with_seconds:
        text += f"{sep}{seconds:02d}"
        if micro:
            text += f".{micro:06d}"
    return text


def _strftime(fmt, fields, utcoffset, tzname):
    """fmt with glibc's directives filled from fields = (year, month, day, hour, minute,
    second, microsecond)."""
    year, month, day, hour, minute, second, micro = fields
    ordinal = _to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7  # Monday 0
    yday = ordinal - _to_ordinal(year, 1, 1) + 1
    sunday_weekday = (weekday + 1) % 7
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        i += 1
        pad = True
        if fmt[i] == '-' and i + 1 < len(fmt):
            pad = False
            i += 1
        d = fmt[i]
        i += 1

        def num(v, width):
            return f"{v:0{width}d}" if pad else str(v)

        if d == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[weekday])
        elif d == 'w':
            out.append(str(sunday_weekday))
        elif d == 'u':
            out.append(str(weekday + 1))
        elif d == 'd':
            out.append(num(day, 2))
        elif d == 'e':
            out.append(f"{day:2d}" if pad else str(day))
        elif d in ('b', 'h'):
            out.append(_MONTH_NAMES[month][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[month])
        elif d == 'm':
            out.append(num(month, 2))
        elif d == 'y':
            out.append(num(year % 100, 2))
        elif d == 'Y':
            out.append(str(year))
        elif d == 'C':
            out.append(num(year // 100, 2))
        elif d == 'G':
            out.append(str(_iso_week(year, month, day)[0]))
        elif d == 'g':
            out.append(num(_iso_week(year, month, day)[0] % 100, 2))
        elif d == 'V':
            out.append(num(_iso_week(year, month, day)[1], 2))
        elif d == 'H':
            out.append(num(hour, 2))
        elif d == 'k':
            out.append(f"{hour:2d}")
        elif d == 'I':
            out.append(num(hour % 12 or 12, 2))
        elif d == 'l':
            out.append(f"{hour % 12 or 12:2d}")
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'M':
            out.append(num(minute, 2))
        elif d == 'S':
            out.append(num(second, 2))
        elif d == 'f':
            out.append(f"{micro:06d}")
        elif d == 'j':
            out.append(num(yday, 3))
        elif d == 'U':
            out.append(num((yday + 6 - sunday_weekday) // 7, 2))
        elif d == 'W':
            out.append(num((yday + 6 - weekday) // 7, 2))
        elif d == 'z':
            out.append(_offset_text(utcoffset, ''))
        elif d == 'Z':
            out.append(tzname or '')
        elif d == 'c':
            out.append(f"{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[month][:3]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year}")
        elif d == 'x' or d == 'D':
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == 'X' or d == 'T':
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == 'R':
            out.append(f"{hour:02d}:{minute:02d}")
        elif d == 'r':
            out.append(f"{hour % 12 or 12:02d}:{minute:02d}:{second:02d} {'AM' if hour < 12 else 'PM'}")
        elif d == 'F':
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
        elif d == 's':
            out.append(str((ordinal - 719163) * 86400 + hour * 3600 + minute * 60 + second))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + ('' if pad else '-') + d)
    return ''.join(out)


_DIRECTIVE_PATTERNS = {
    'Y': r'(?P<Y>\d\d\d\d)', 'y': r'(?P<y>\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})', 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'p': r'(?P<p>am|pm)', 'b': r'(?P<b>' + '|'.join(n[:3].lower() for n in _MONTH_NAMES[1:]) + ')',
    'B': r'(?P<B>' + '|'.join(n.lower() for n in _MONTH_NAMES[1:]) + ')',
    'a': r'(?P<a>' + '|'.join(n[:3].lower() for n in _DAY_NAMES) + ')',
    'A': r'(?P<A>' + '|'.join(n.lower() for n in _DAY_NAMES) + ')',
    'w': r'(?P<w>[0-6])', 'u': r'(?P<u>[1-7])', 'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'Z': r'(?P<Z>utc|gmt)', '%': '%',
}


def _strptime(text, fmt):
    import re
    pattern = []
    i = 0
    seen = set()
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in _DIRECTIVE_PATTERNS:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            if d in seen and d != '%':
                raise re.error(f"redefinition of group name '{d}'")
            seen.add(d)
            pattern.append(_DIRECTIVE_PATTERNS[d])
            i += 2
        elif c.isspace():
            pattern.append(r'\s+')
            i += 1
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            pattern.append(re.escape(c))
            i += 1
    found = re.compile(''.join(pattern), re.IGNORECASE).match(text)
    if found is None:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if found.end() != len(text):
        raise ValueError(f"unconverted data remains: {text[found.end():]}")
    g = found.groupdict()
    year, month, day, hour, minute, second, micro = 1900, 1, 1, 0, 0, 0, 0
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        y = int(g['y'])
        year = y + (2000 if y <= 68 else 1900)
    if g.get('m'):
        month = int(g['m'])
    elif g.get('b'):
        month = [n[:3].lower() for n in _MONTH_NAMES].index(g['b'].lower())
    elif g.get('B'):
        month = [n.lower() for n in _MONTH_NAMES].index(g['B'].lower())
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    elif g.get('I'):
        hour = int(g['I']) % 12
        if g.get('p') and g['p'].lower() == 'pm':
            hour += 12
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        micro = int(g['f'].ljust(6, '0'))
    if g.get('j') and not g.get('m') and not g.get('d'):
        ordinal = _to_ordinal(year, 1, 1) + int(g['j']) - 1
        year, month, day = _from_ordinal(ordinal)
    tz = None
    if g.get('z'):
        z = g['z']
        if z.upper() == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            hours, minutes = int(body[:2]), int(body[2:4])
            seconds = int(body[4:6]) if len(body) >= 6 else 0
            micros = int(body[7:].ljust(6, '0')) if len(body) > 7 else 0
            tz = timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=micros))
    return (year, month, day, hour, minute, second, micro), tz


# ---- date -------------------------------------------------------------------------------

def _now_seconds():
    return _time.time()


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www-D or YYYYWwwD."""
    if len(text) in (8, 10) and 'W' not in text:
        if len(text) == 10:
            if text[4] != '-' or text[7] != '-':
                raise ValueError
            text = text[:4] + text[5:7] + text[8:]
        if not text.isdigit() or not text.isascii():
            raise ValueError
        return int(text[:4]), int(text[4:6]), int(text[6:8])
    if 'W' in text:
        compact = text.replace('-', '')
        if len(compact) not in (7, 8) or compact[4] != 'W':
            raise ValueError
        year, week = int(compact[:4]), int(compact[5:7])
        weekday = int(compact[7]) if len(compact) == 8 else 1
        return date.fromisocalendar(year, week, weekday).timetuple()[:3]
    raise ValueError


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __init__(self, year, month=None, day=None):
        if isinstance(year, bytes) and len(year) == 4 and month is None and 1 <= year[2] <= 12:
            # the packed state pickles carry (see __reduce_ex__)
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        year, month, day = _check_date(year, month, day)
        object.__setattr__(self, '_year', year)
        object.__setattr__(self, '_month', month)
        object.__setattr__(self, '_day', day)
        object.__setattr__(self, '_hashcode', -1)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_seconds())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = datetime._fields_from_timestamp(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _to_ordinal(9999, 12, 31):
            raise ValueError(f"ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_iso_date(date_string))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        last_week = 53 if _iso_week(year, 12, 28)[1] == 53 else 52
        if not 0 < week <= last_week:
            raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        jan4 = _to_ordinal(year, 1, 4)
        monday = jan4 - (jan4 + 6) % 7
        return cls(*_from_ordinal(monday + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f"{_qualified(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return f"{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month][:3]} {self._day:2d} 00:00:00 {self._year:04d}"

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, 0, 0, 0, 0), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _to_ordinal(self._year, 1, 1) + 1, -1)) \
            if hasattr(_time, 'struct_time') else (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                                   self.toordinal() - _to_ordinal(self._year, 1, 1) + 1, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_week(self._year, self._month, self._day))

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) or (type(self) is type(other))

    def __eq__(self, other):
        if isinstance(other, datetime) != isinstance(self, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def _order(self, other):
        # a date never orders against a datetime: the datetime's reflected method says why
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._key() > other._key()) - (self._key() < other._key())
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _to_ordinal(9999, 12, 31):
                return type(self).fromordinal(ordinal)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce_ex__(self, protocol):
        # CPython's C type pickles a date as 4 packed bytes: year (2, big-endian), month, day
        return (type(self), (bytes([self._year >> 8, self._year & 255, self._month, self._day]),))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo / timezone ------------------------------------------------------------------

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        # timezone(timedelta(0)) is timezone.utc itself, as in CPython (so unpickling keeps it)
        utc = cls.__dict__.get('utc')
        if name is None and utc is not None and isinstance(offset, timedelta) and not offset:
            return utc
        return object.__new__(cls)

    def __reduce__(self):
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset!r}.")
        object.__setattr__(self, '_offset', offset)
        object.__setattr__(self, '_name', name)

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, ':')

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    offset = tz.utcoffset(dt)
    if offset is not None and not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.utcoffset() must return None or timedelta, not '{type(offset).__name__}'")
    return offset


# ---- time -------------------------------------------------------------------------------

def _time_text(hour, minute, second, micro, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if micro else 'seconds'
    elif timespec == 'milliseconds':
        micro //= 1000
        return f"{hour:02d}:{minute:02d}:{second:02d}.{micro:03d}"
    if timespec == 'hours':
        return f"{hour:02d}"
    if timespec == 'minutes':
        return f"{hour:02d}:{minute:02d}"
    if timespec == 'seconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == 'microseconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}.{micro:06d}"
    raise ValueError('Unknown timespec value')


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time."""
    tz = None
    for i, c in enumerate(text):
        if c in '+-Z':
            tz_text = text[i:]
            text = text[:i]
            if tz_text == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tz_text[0] == '-' else 1
                body = tz_text[1:].replace(':', '')
                if len(body) < 4 or not body[:4].isdigit():
                    raise ValueError
                micros = int(body[7:].ljust(6, '0')) if len(body) > 7 else 0
                offset = timedelta(hours=int(body[:2]), minutes=int(body[2:4]), seconds=int(body[4:6] or 0), microseconds=micros)
                tz = timezone(sign * offset)
            break
    micro = 0
    for sep in ('.', ','):
        if sep in text:
            text, frac = text.split(sep)
            if not frac.isdigit():
                raise ValueError
            micro = int(frac[:6].ljust(6, '0'))
    compact = text.replace(':', '')
    if len(compact) not in (2, 4, 6) or not compact.isdigit():
        raise ValueError
    hour, minute, second = int(compact[:2]), int(compact[2:4] or 0), int(compact[4:6] or 0)
    return hour, minute, second, micro, tz


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6 and (hour[0] & 0x7f) < 24:
            # the packed state pickles carry, the tzinfo (if any) second (see __reduce_ex__)
            state, tzinfo = hour, (minute if minute != 0 else None)
            fold = 1 if state[0] > 127 else 0
            hour, minute, second = state[0] & 0x7f, state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        for name, value in (('_hour', hour), ('_minute', minute), ('_second', second), ('_microsecond', microsecond),
                            ('_tzinfo', tzinfo), ('_fold', fold), ('_hashcode', -1)):
            object.__setattr__(self, name, value)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __reduce_ex__(self, protocol):
        # 6 packed bytes as CPython's C type: hour (+128 for fold=1 from protocol 4), minute,
        # second, microsecond (3, big-endian); then the tzinfo if there is one
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        us = self._microsecond
        state = bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            text = time_string[1:] if time_string.startswith('T') else time_string
            hour, minute, second, micro, tz = _parse_iso_time(text)
            return cls(hour, minute, second, micro, tz)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec='auto'):
        text = _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        offset = self.utcoffset()
        return text + _offset_text(offset, ':') if offset is not None else text

    __str__ = isoformat

    def __repr__(self):
        fields = [self._hour, self._minute]
        if self._second or self._microsecond:
            fields.append(self._second)
        if self._microsecond:
            fields.append(self._microsecond)
        text = f"{_qualified(self)}({', '.join(map(str, fields))}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond),
                         self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other):
        if not isinstance(other, time):
            return None
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        if self._tzinfo is other._tzinfo:
            return (a > b) - (a < b)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        if mine is not None:
            a -= mine._total()
            b -= theirs._total()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        try:
            return self._cmp(other) == 0
        except TypeError:
            return False

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ---------------------------------------------------------------------------

class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, bytes) and len(year) == 10 and 1 <= (year[2] & 0x7f) <= 12:
            # the packed state pickles carry, the tzinfo (if any) second (see __reduce_ex__)
            state, tzinfo = year, month
            fold = 1 if state[2] > 127 else 0
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7f, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        date.__init__(self, year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        for name, value in (('_hour', hour), ('_minute', minute), ('_second', second), ('_microsecond', microsecond),
                            ('_tzinfo', tzinfo), ('_fold', fold)):
            object.__setattr__(self, name, value)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @staticmethod
    def _fields_from_timestamp(t):
        """(y, m, d, H, M, S, us) in UTC of a POSIX timestamp, rounded to microseconds half to
        even, as CPython's fromtimestamp does."""
        if isinstance(t, float):
            n, d = t.as_integer_ratio()
            micros = _div_half_even(n * 1000000, d)
        else:
            micros = int(t) * 1000000
        days, rest = divmod(micros, 86400000000)
        seconds, micro = divmod(rest, 1000000)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        year, month, day = _from_ordinal(days + 719163)
        return year, month, day, hour, minute, second, micro

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        made = cls(*cls._fields_from_timestamp(t))
        if tz is not None:
            made = tz.fromutc(made.replace(tzinfo=tz))
        return made

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*cls._fields_from_timestamp(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_now_seconds(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_seconds())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_now_seconds())

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError("date argument must be a date instance")
        if not isinstance(time_part, time):
            raise TypeError("time argument must be a time instance")
        if tzinfo is True:
            tzinfo = time_part.tzinfo
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour, time_part.minute,
                   time_part.second, time_part.microsecond, tzinfo, fold=time_part.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            split = 10 if date_string[4:5] == '-' else 8
            y, m, d = _parse_iso_date(date_string[:split])
            rest = date_string[split:]
            hour = minute = second = micro = 0
            tz = None
            if rest:
                hour, minute, second, micro, tz = _parse_iso_time(rest[1:])
            return cls(y, m, d, hour, minute, second, micro, tz)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def strptime(cls, date_string, format):
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tzinfo=tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _micros(self):
        """Microseconds since 0001-01-01 00:00 of the wall time (no offset applied)."""
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    @classmethod
    def _from_micros(cls, micros, tz):
        days, rest = divmod(micros, 86400000000)
        if not 0 < days <= _to_ordinal(9999, 12, 31):
            raise OverflowError("date value out of range")
        seconds, micro = divmod(rest, 1000000)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        return cls(*_from_ordinal(days), hour, minute, second, micro, tz)

    def timestamp(self):
        micros = self._micros() - 719163 * 86400000000
        offset = self.utcoffset()
        if offset is not None:
            micros -= offset._total()
        return micros / 1000000

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return moment.replace(tzinfo=None).timetuple()

    def timetuple(self):
        base = (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                self.toordinal() - _to_ordinal(self._year, 1, 1) + 1, -1)
        return _time.struct_time(base) if hasattr(_time, 'struct_time') else base

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        if not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)  # naive datetimes are taken as local time, which is UTC here
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, sep='T', timespec='auto'):
        text = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _time_text(self._hour, self._minute, self._second, self._microsecond, timespec))
        offset = self.utcoffset()
        return text + _offset_text(offset, ':') if offset is not None else text

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            fields.append(self._second)
        if self._microsecond:
            fields.append(self._microsecond)
        text = f"{_qualified(self)}({', '.join(map(str, fields))}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self):
        weekday = self.weekday()
        return (f"{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[self._month][:3]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, self._hour, self._minute, self._second,
                               self._microsecond), self.utcoffset(), self.tzname())

    def _cmp(self, other, equality=False):
        a, b = self._micros(), other._micros()
        if self._tzinfo is other._tzinfo:
            # the same tzinfo object: the wall times compare as they are, offsets unasked
            return (a > b) - (a < b)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if mine is not None:
            a -= mine._total()
            b -= theirs._total()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other)
        if isinstance(other, date):
            raise TypeError(f"can't compare {_qualified(self)} to {_qualified(other)}")
        return None

    def __hash__(self):
        offset = self.utcoffset()
        micros = self._micros() - (offset._total() if offset else 0)
        return hash(micros)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_micros(self._micros() + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_micros(self._micros() - other._total(), self._tzinfo)
        if isinstance(other, datetime):
            diff = self._micros() - other._micros()
            if self._tzinfo is other._tzinfo:
                return timedelta._of(diff)
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                diff -= mine._total() - theirs._total()
            return timedelta._of(diff)
        return NotImplemented

    def __reduce_ex__(self, protocol):
        # 10 packed bytes as CPython's C type: year (2), month (+128 for fold=1 from protocol 4),
        # day, hour, minute, second, microsecond (3, big-endian); then the tzinfo if there is one
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        us = self._microsecond
        state = bytes([self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# error messages name these as CPython names its C types
from _sandbox import c_type_name as _c_type_name
for _cls in (timedelta, date, time, datetime, tzinfo, timezone):
    _c_type_name(_cls, 'datetime.' + _cls.__name__)
