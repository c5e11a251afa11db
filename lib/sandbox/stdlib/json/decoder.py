# json.decoder for the sandbox: JSONDecoder and JSONDecodeError.
#
# What it reproduces from CPython 3.11: the values JSON text decodes to (objects to dicts,
# arrays to lists, integers to int, numbers with a fraction or exponent to float, NaN and
# Infinity accepted), the hooks (object_hook, object_pairs_hook, parse_float, parse_int,
# parse_constant, strict), and the error messages with their line, column and character
# position ("Expecting value: line 1 column 4 (char 3)"). The scanning is native
# (modules/json-core.ts); the code is the sandbox's own. Lines marked #@ stand for CPython's
# in tracebacks, which is why decode() keeps CPython's statement text.
from _json import make_scanner as _make_scanner, scanstring as _scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {line} column {column} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(s, end, strict=True):
    return _scanstring(s, end, strict, JSONDecodeError)


class _Spaces:
    """Where a run of JSON whitespace starting at `pos` ends (a stand-in for CPython's
    WHITESPACE.match(s, pos).end())."""

    def __init__(self, s, pos):
        while pos < len(s) and s[pos] in ' \t\n\r':
            pos += 1
        self._end = pos

    def end(self):
        return self._end


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scanner(self, JSONDecodeError)

    def decode(self, s, _w=_Spaces):
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())  #@json/decoder.py:337
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)  #@json/decoder.py:340
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)  #@json/decoder.py:353
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None  #@json/decoder.py:355
        return obj, end
