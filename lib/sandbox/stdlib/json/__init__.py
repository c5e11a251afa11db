# json for the sandbox: dumps/dump and loads/load over json.encoder and json.decoder.
#
# What it reproduces from CPython 3.11: the documented functions and their keyword arguments,
# with the same output and the same errors (see encoder.py and decoder.py). dump() writes
# to any object with a write() method (an io.StringIO: there are no files in the sandbox).
# The code is the sandbox's own; lines marked #@ stand for CPython's in tracebacks.
from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)  #@json/__init__.py:231
    return (cls or JSONEncoder)(indent=indent, separators=separators, sort_keys=sort_keys, default=default,
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
        **kw).encode(obj)  #@json/__init__.py:238


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = _default_encoder
    if not _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys, kw):
        encoder = (cls or JSONEncoder)(indent=indent, separators=separators, sort_keys=sort_keys, default=default,
                                       skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                       allow_nan=allow_nan, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    hooks = {'object_hook': object_hook, 'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant, 'object_pairs_hook': object_pairs_hook}
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _default_decoder.decode(s)  #@json/__init__.py:346
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)  #@json/__init__.py:359


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(),  #@json/__init__.py:293
        cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
