# json.encoder for the sandbox: JSONEncoder.
#
# What it reproduces from CPython 3.11: the text json.dumps produces (dict keys converted to
# strings, tuples as arrays, float repr, NaN/Infinity/-Infinity, ensure_ascii escaping with
# surrogate pairs, indent and separators, sort_keys, skipkeys), default() for other objects
# ("Object of type set is not JSON serializable"), "Circular reference detected", and the
# messages for bad keys and out-of-range floats. String escaping is native
# (modules/json-core.ts); the code is the sandbox's own. Lines marked #@ stand for CPython's
# in tracebacks.
from _json import encode_basestring_ascii, encode_basestring

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def _float_text(o, allow_nan, detailed):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        # CPython's C encoder leaves the value out of the message, its Python one (used with
        # indent) puts it in
        suffix = ': ' + repr(o) if detailed else ''
        raise ValueError('Out of range float values are not JSON compliant' + suffix)
    return text


def _carried(o, kind):
    # an instance of an int or str subclass (an IntEnum or StrEnum member too): JSON sees the
    # plain value it carries, whatever its class's __str__ says, as CPython's encoder does
    if type(o) is kind:
        return o
    return str.__str__(o) if kind is str else int.__int__(o)


class _Writer:
    """Encodes one value into a list of text chunks."""

    def __init__(self, enc, one_shot):
        self.enc = enc
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.detailed = not one_shot or enc.indent is not None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.active = {} if enc.check_circular else None
        self.out = []

    def __call__(self, o, level):
        self.value(o, level)
        return self.out

    def enter(self, o):
        if self.active is None:
            return None
        marker = id(o)
        if marker in self.active:
            raise ValueError("Circular reference detected")
        self.active[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.active[marker]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.quote(_carried(o, str)))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(_carried(o, int)))
        elif isinstance(o, float):
            out.append(_float_text(o, self.enc.allow_nan, self.detailed))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(marker)

    def opening(self, bracket, level):
        """The opening bracket and what separates the items inside it at this depth."""
        if self.indent is None:
            self.out.append(bracket)
            return self.enc.item_separator
        inner = '\n' + self.indent * (level + 1)
        self.out.append(bracket + inner)
        return self.enc.item_separator + inner

    def closing(self, bracket, level):
        if self.indent is not None:
            self.out.append('\n' + self.indent * level)
        self.out.append(bracket)

    def array(self, seq, level):
        if not seq:
            self.out.append('[]')
            return
        marker = self.enter(seq)
        between = self.opening('[', level)
        first = True
        for item in seq:
            if not first:
                self.out.append(between)
            first = False
            self.value(item, level + 1)
        self.closing(']', level)
        self.leave(marker)

    def key_text(self, key):
        if isinstance(key, str):
            return _carried(key, str)
        if isinstance(key, float):
            return _float_text(key, self.enc.allow_nan, self.detailed)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(_carried(key, int))
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, d, level):
        if not d:
            self.out.append('{}')
            return
        marker = self.enter(d)
        between = self.opening('{', level)
        items = sorted(d.items()) if self.enc.sort_keys else d.items()
        first = True
        for key, item in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                self.out.append(between)
            first = False
            self.out.append(self.quote(text))
            self.out.append(self.enc.key_separator)
            self.value(item, level + 1)
        self.closing('}', level)
        self.leave(marker)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '  #@json/encoder.py:180
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)  #@json/encoder.py:200
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        _iterencode = _Writer(self, _one_shot)
        return _iterencode(o, 0)  #@json/encoder.py:258
