# zoneinfo for the sandbox: ZoneInfo time zones from the IANA database.
#
# What it reproduces from CPython 3.11's documented behaviour: ZoneInfo(key) as a tzinfo whose
# utcoffset/dst/tzname follow the zone's rules at that date, one cached instance per key
# (ZoneInfo(k) is ZoneInfo(k); no_cache() makes a fresh one), PEP 495's fold for the wall times a
# transition repeats (fold=0 the first, fold=1 the second) or skips (fold=0 reads them with the
# offset before the transition), fromutc() setting fold on the second reading, astimezone()
# through it, ZoneInfoNotFoundError for unknown keys, available_timezones(), the repr and str.
# The rules come from the JavaScript engine's copy of the tz database (_zoneinfo_core); where
# ICU has no English abbreviation for a zone, tzname() gives tzdata's numeric form ("+09").
# The code is the sandbox's own.
from datetime import datetime, timedelta, tzinfo
from _zoneinfo_core import at as _at, known as _known

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

TZPATH = ()
_EPOCH = datetime(1970, 1, 1)
_DAY = 86400


class ZoneInfoNotFoundError(KeyError):
    __module__ = "zoneinfo"


class InvalidTZPathWarning(RuntimeWarning):
    __module__ = "zoneinfo"


def _seconds(dt):
    """The wall time of dt as seconds since 1970-01-01 00:00 (no offset applied)."""
    delta = dt.replace(tzinfo=None, fold=0) - _EPOCH
    return delta.days * _DAY + delta.seconds


class ZoneInfo(tzinfo):
    __module__ = "zoneinfo"
    _cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None or type(zone) is not cls:
            zone = cls.no_cache(key)
            cls._cache[key] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        if not isinstance(key, str):
            raise TypeError(f"expected str, bytes or os.PathLike object, not {type(key).__name__}")
        if not _known(key):
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        zone = object.__new__(cls)
        zone._key = key
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _reading(self, dt):
        """(offset, abbreviation, standard offset) in force at wall time dt."""
        wall = _seconds(dt)
        before = _at(self._key, wall - _DAY)
        after = _at(self._key, wall + _DAY)
        if before[0] == after[0]:
            return _at(self._key, wall - before[0])
        fits = [r for r in (before, after) if _at(self._key, wall - r[0])[0] == r[0]]
        if len(fits) == 1:
            return _at(self._key, wall - fits[0][0])
        # repeated (both readings fit) or skipped (neither does): fold chooses
        chosen = after if dt.fold else before
        return _at(self._key, wall - chosen[0]) if fits else chosen

    def utcoffset(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._reading(dt)[0])

    def dst(self, dt):
        if dt is None:
            return None
        offset, _, standard = self._reading(dt)
        return timedelta(seconds=offset - standard)

    def tzname(self, dt):
        if dt is None:
            return None
        return self._reading(dt)[1]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        utc = _seconds(dt)
        offset = _at(self._key, utc)[0]
        local = dt + timedelta(seconds=offset)
        # the second reading of a repeated wall time: an earlier instant had a larger offset
        earlier = _at(self._key, utc - _DAY)[0]
        if earlier > offset and _at(self._key, utc + offset - earlier)[0] == earlier:
            local = local.replace(fold=1)
        return local

    def __str__(self):
        return self._key

    def __repr__(self):
        return f"zoneinfo.ZoneInfo(key={self._key!r})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key,))

    @classmethod
    def _unpickle(cls, key):
        return cls(key)


def available_timezones():
    from _zoneinfo_core import keys
    return set(keys())


def reset_tzpath(to=None):
    pass
