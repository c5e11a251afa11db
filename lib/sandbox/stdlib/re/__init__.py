# re for the sandbox: regular expressions with Python's syntax and semantics, matched by
# JavaScript's RegExp engine after a translation (modules/re-core.ts explains what it
# rewrites).
#
# What it reproduces from CPython 3.11's documented behaviour: compile/search/match/fullmatch,
# findall (strings, or tuples when there are several groups), finditer, split (with the
# groups' text, maxsplit), sub/subn with a template (\1, \g<1>, \g<name>, escapes) or a
# function, count, empty matches next to previous ones (3.7 rules), flags (I, M, S, X, A,
# inline and scoped), Pattern and Match objects with their reprs, groups/groupdict/
# lastindex/lastgroup/span/expand, escape(), and re.error with CPython's messages and
# positions. Not modelled: bytes patterns, conditional groups (?(1)...), \N{...}, LOCALE;
# after an empty match the search goes on one character later, so an empty alternative
# preferred over a longer one at the same place (r'|a') finds less than CPython. The code is
# the sandbox's own.
import enum
from _re_core import compile as _translate, match as _match_spans, scan as _scan

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L',
           'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']
__version__ = '2.2.1'


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = 256
    IGNORECASE = 2
    LOCALE = 4
    UNICODE = 32
    MULTILINE = 8
    DOTALL = 16
    VERBOSE = 64
    TEMPLATE = 1
    DEBUG = 128

    def __repr__(self):
        if self._value_ == 0:
            return 're.NOFLAG'
        names = []
        rest = self._value_
        for item in sorted(type(self)._member_map_.values(), key=lambda m: m._value_):
            bit = item._value_
            if bit and rest & bit == bit and bin(bit).count('1') == 1:
                names.append('re.' + item._name_)
                rest &= ~bit
        if rest:
            names.append(hex(rest))
        return '|'.join(names) if names else f're.RegexFlag({self._value_})'

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f'{msg} at position {pos}'
            if isinstance(pattern, str) and '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = f'{msg} (line {self.lineno}, column {self.colno})'
            else:
                self.lineno = self.colno = 1
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error

# the names CPython's pattern repr gives the flags, in its order
_REPR_FLAGS = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]


class Pattern:
    __module__ = 're'

    def __init__(self, pattern, flags):
        self.pattern = pattern
        all_flags, self.groups, index, parents = _translate(pattern, flags, error)
        if not all_flags & 256:
            all_flags |= 32  # str patterns are Unicode unless ASCII is asked for
        self.flags = all_flags
        self.groupindex = _MappingProxy(index)
        self._parents = parents
        self._names = {number: name for name, number in index.items()}

    def __repr__(self):
        text = repr(self.pattern)[:200]
        shown = []
        rest = self.flags & ~32 if not self.flags & 256 else self.flags
        for name, bit in _REPR_FLAGS:
            if rest & bit:
                shown.append('re.' + name)
                rest &= ~bit
        if rest:
            shown.append(hex(rest))
        if shown:
            return f"re.compile({text}, {'|'.join(shown)})"
        return f"re.compile({text})"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        _check_string(string)
        spans = _match_spans(self.pattern, self.flags, string, pos, endpos, mode)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=None, limit=0):
        _check_string(string)
        return _scan(self.pattern, self.flags, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        for spans in self._all(string, pos, endpos):
            yield Match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        found = []
        for spans in self._all(string, pos, endpos):
            texts = [string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else '' for g in range(self.groups + 1)]
            if self.groups == 0:
                found.append(texts[0])
            elif self.groups == 1:
                found.append(texts[1])
            else:
                found.append(tuple(texts[1:]))
        return found

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        for spans in self._all(string, 0, None, maxsplit):
            pieces.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                start = spans[2 * g]
                pieces.append(string[start:spans[2 * g + 1]] if start >= 0 else None)
            last = spans[1]
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _template(self, repl)
            expand = lambda m: _fill(template, m)
        pieces = []
        last = 0
        done = 0
        for spans in self._all(string, 0, None, count):
            m = Match(self, string, spans, 0, None)
            pieces.append(string[last:spans[0]])
            replacement = expand(m)
            if not isinstance(replacement, str):
                raise TypeError(f"expected str instance, {type(replacement).__name__} found")
            pieces.append(replacement)
            last = spans[1]
            done += 1
        pieces.append(string[last:])
        return ''.join(pieces), done

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported by the sandbox")



class _MappingProxy:
    """A read-only view of a dict, as types.MappingProxyType gives."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == (other._mapping if isinstance(other, _MappingProxy) else other)

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


def _check_string(string):
    if isinstance(string, (bytes,)):
        raise TypeError("bytes are not supported by the sandbox's re (use str)")
    if not isinstance(string, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


class Match:
    __module__ = 're'

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = len(string) if endpos is None or endpos > len(string) else endpos
        last = self._last_closed()
        self.lastindex = last
        self.lastgroup = None if last is None else pattern._names.get(last)

    def _last_closed(self):
        # the group whose ) the engine passed last: the one ending last; of groups ending at the
        # same place, the later one unless an enclosing group (which closes after it) is there
        spans = self._spans
        best = None
        for g in range(1, self.re.groups + 1):
            if spans[2 * g] >= 0 and (best is None or spans[2 * g + 1] >= spans[2 * best + 1]):
                best = g
        if best is None:
            return None
        end = spans[2 * best + 1]
        parent = self.re._parents[best]
        while parent and spans[2 * parent] >= 0 and spans[2 * parent + 1] == end:
            best = parent
            parent = self.re._parents[best]
        return best

    def _index(self, group):
        if isinstance(group, str):
            number = self.re.groupindex.get(group)
            if number is None:
                raise IndexError("no such group")
            return number
        if isinstance(group, int) and not isinstance(group, bool) and 0 <= group <= self.re.groups:
            return group
        raise IndexError("no such group")

    def _text(self, g, default=None):
        start = self._spans[2 * g]
        return default if start < 0 else self.string[start:self._spans[2 * g + 1]]

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._text(self._index(group))

    def groups(self, default=None):
        return tuple(self._text(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(number, default) for name, number in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _fill(_template(self.re, template), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={repr(self.group())[:50]}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
_template_cache = {}


def _template(pattern, repl):
    """A replacement template as a list of str pieces and group numbers."""
    key = (pattern.pattern, pattern.flags, repl)
    found = _template_cache.get(key)
    if found is not None:
        return found
    parts = []
    text = []
    i = 0
    while i < len(repl):
        c = repl[i]
        if c != '\\':
            text.append(c)
            i += 1
            continue
        if i + 1 >= len(repl):
            raise error('bad escape (end of pattern)', repl, i)
        e = repl[i + 1]
        if e == 'g':
            if i + 2 >= len(repl) or repl[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            close = repl.find('>', i + 3)
            if close < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit():
                number = int(name)
                if number > pattern.groups:
                    raise error(f'invalid group reference {number}', repl, i + 3)
            elif name.isidentifier():
                number = pattern.groupindex.get(name)
                if number is None:
                    raise IndexError(f"unknown group name '{name}'")
            else:
                raise error(f"bad character in group name '{name}'", repl, i + 3)
            parts.append(''.join(text))
            text = []
            parts.append(number)
            i = close + 1
        elif e == '0':
            # \0 and up to two more octal digits: a character
            j = i + 2
            while j < len(repl) and j < i + 4 and repl[j] in '01234567':
                j += 1
            text.append(chr(int(repl[i + 1:j], 8)))
            i = j
        elif e.isdigit():
            three = repl[i + 1:i + 4]
            if len(three) == 3 and all(ch in '01234567' for ch in three):
                value = int(three, 8)
                if value > 0o377:
                    raise error(f'octal escape value \\{three} outside of range 0-0o377', repl, i)
                text.append(chr(value))
                i += 4
                continue
            digits = repl[i + 1:i + 3] if i + 2 < len(repl) and repl[i + 2].isdigit() else e
            number = int(digits)
            if number > pattern.groups:
                raise error(f'invalid group reference {number}', repl, i + 1)
            parts.append(''.join(text))
            text = []
            parts.append(number)
            i += 1 + len(digits)
        elif e in _SIMPLE_ESCAPES:
            text.append(_SIMPLE_ESCAPES[e])
            i += 2
        elif e.isascii() and e.isalpha():
            raise error(f'bad escape \\{e}', repl, i)
        else:
            text.append('\\' + e)
            i += 2
    parts.append(''.join(text))
    if len(_template_cache) > 256:
        _template_cache.clear()
    _template_cache[key] = parts
    return parts


def _fill(parts, m):
    out = []
    for part in parts:
        if isinstance(part, int):
            out.append(m._text(part, ''))
        else:
            out.append(part)
    return ''.join(out)


_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, bytes):
        raise TypeError("bytes patterns are not supported by the sandbox's re (use str)")
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, int(flags))
    found = _cache.get(key)
    if found is None:
        if len(_cache) >= 512:
            _cache.clear()
        found = _cache[key] = Pattern(pattern, int(flags))
    return found


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    raise TypeError("escape() of bytes is not supported by the sandbox")
