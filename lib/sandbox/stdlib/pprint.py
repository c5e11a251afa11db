# pprint for the sandbox: pprint, pformat, pp, saferepr, isreadable, isrecursive and
# PrettyPrinter.
#
# What it reproduces from CPython 3.11's documented behaviour: an object whose repr fits in
# the width (80) prints as that repr, with dict keys sorted (sort_dicts=True); otherwise dicts,
# lists, tuples, sets and frozensets break one item per line, indented under their opening
# bracket, and long strings split at whitespace into adjacent literals in parentheses;
# recursion shows as <Recursion on list with id=...>; depth cuts nesting to "...". compact=True
# fills lines with as many items as fit. The code is the sandbox's own.
import re as _re
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders anything: by value when the values compare, otherwise by type name
    and then id, so mixed keys still come out in a stable order."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return _fallback_order(mine) < _fallback_order(theirs)


def _fallback_order(value):
    return str(type(value)), id(value)


def _pair_key(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# the types whose repr is already final text: no brackets to open, nothing to recurse into
_ATOMS = (str, int, float, bool, complex, bytes, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
        step = int(indent)
        room = int(width)
        # checked in the order CPython reports them
        complaint = None
        if step < 0:
            complaint = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            complaint = 'depth must be > 0'
        elif not room:
            complaint = 'width must be != 0'
        if complaint is not None:
            raise ValueError(complaint)
        self._step = step
        self._room = room
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        target = _sys.stdout if self._stream is None else self._stream
        target.write(self.pformat(object) + "\n")

    def pformat(self, object):
        pieces = []
        self._lay(object, pieces, 0, 0, {}, 0)
        return ''.join(pieces)

    def isrecursive(self, object):
        _, _, loops = self.format(object, {}, 0, 0)
        return loops

    def isreadable(self, object):
        _, readable, loops = self.format(object, {}, 0, 0)
        return bool(readable) and not loops

    # Layout. `out` collects text; `col` is the column the object starts at, `trail` how many
    # characters must still follow it on its last line (closing brackets, a comma), `seen` the
    # ids of the containers being laid out around it.

    def _lay(self, obj, out, col, trail, seen, level):
        marker = id(obj)
        if marker in seen:
            out.append(_recursion(obj))
            return
        text = self._repr(obj, seen, level)
        breaker = None
        if len(text) > self._room - col - trail and type(obj).__module__ == 'builtins':
            breaker = self._breakers.get(type(obj).__name__)
        if breaker is None:
            out.append(text)
            return
        seen[marker] = 1
        try:
            breaker(self, obj, out, col, trail, seen, level + 1)
        finally:
            del seen[marker]

    def _pad_after_bracket(self, out):
        # an indent wider than one puts its extra spaces right after the opening bracket
        if self._step > 1:
            out.append(' ' * (self._step - 1))

    def _break_dict(self, obj, out, col, trail, seen, level):
        out.append('{')
        self._pad_after_bracket(out)
        if obj:
            pairs = list(obj.items())
            if self._sort_dicts:
                pairs.sort(key=_pair_key)
            self._lay_pairs(pairs, out, col, trail + 1, seen, level)
        out.append('}')

    def _break_list(self, obj, out, col, trail, seen, level):
        out.append('[')
        self._lay_elements(obj, out, col, trail + 1, seen, level)
        out.append(']')

    def _break_tuple(self, obj, out, col, trail, seen, level):
        closer = ',)' if len(obj) == 1 else ')'
        out.append('(')
        self._lay_elements(obj, out, col, trail + len(closer), seen, level)
        out.append(closer)

    def _break_set(self, obj, out, col, trail, seen, level):
        if len(obj) == 0:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        if type(obj) is set:
            opener, closer = '{', '}'
        else:
            opener, closer = name + '({', '})'
            col += len(name) + 1
        out.append(opener)
        self._lay_elements(sorted(obj, key=_SafeKey), out, col, trail + len(closer), seen, level)
        out.append(closer)

    def _break_str(self, text, out, col, trail, seen, level):
        if not text:
            out.append(repr(text))
            return
        # a string printed on its own gets parentheses, so its pieces join back into one value
        alone = level == 1
        if alone:
            col += 1
            trail += 1
        room = self._room - col
        pieces = []
        lines = text.splitlines(True)
        for n, line in enumerate(lines):
            on_last_line = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - trail if on_last_line else room):
                pieces.append(whole)
                continue
            # words keep the whitespace after them; pack as many as fit into each piece
            words = _re.findall(r'\S*\s*', line)[:-1]
            pending = ''
            for m, word in enumerate(words):
                limit = room - trail if on_last_line and m == len(words) - 1 else room
                grown = pending + word
                if len(repr(grown)) <= limit:
                    pending = grown
                    continue
                if pending:
                    pieces.append(repr(pending))
                pending = word
            if pending:
                pieces.append(repr(pending))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        body = ('\n' + ' ' * col).join(pieces)
        out.append('(' + body + ')' if alone else body)

    _breakers = {'dict': _break_dict, 'list': _break_list, 'tuple': _break_tuple,
                 'set': _break_set, 'frozenset': _break_set, 'str': _break_str}

    def _lay_pairs(self, pairs, out, col, trail, seen, level):
        col += self._step
        between = ',\n' + ' ' * col
        final = len(pairs) - 1
        for n, (key, value) in enumerate(pairs):
            if n:
                out.append(between)
            label = self._repr(key, seen, level) + ': '
            out.append(label)
            self._lay(value, out, col + len(label), trail if n == final else 1, seen, level)

    def _lay_elements(self, elements, out, col, trail, seen, level):
        col += self._step
        self._pad_after_bracket(out)
        between = ',\n' + ' ' * col
        elements = list(elements)
        final = len(elements) - 1
        line_room = self._room - col + 1   # what a fresh line holds
        left = line_room                   # what the current line still holds (compact mode)
        sep = ''
        for n, element in enumerate(elements):
            if n == final:
                line_room -= trail
                left -= trail
            if self._compact:
                text = self._repr(element, seen, level)
                need = len(text) + 2
                if need > left:
                    left = line_room
                    if sep:
                        sep = between
                if need <= left:
                    left -= need
                    out.append(sep + text)
                    sep = ', '
                    continue
            out.append(sep)
            sep = between
            self._lay(element, out, col, trail if n == final else 1, seen, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _ATOMS:
            if kind is int and self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if kind is dict:
            opener, closer = '{', '}'
        elif kind is list:
            opener, closer = '[', ']'
        elif kind is tuple:
            opener, closer = '(', ',)' if len(object) == 1 else ')'
        else:
            text = repr(object)
            return text, bool(text) and not text.startswith('<'), False
        if not object:
            return opener + closer, True, False
        marker = id(object)
        if maxlevels and level >= maxlevels:
            return opener + '...' + closer, False, marker in context
        if marker in context:
            return _recursion(object), False, True
        return self._join_inner(object, kind is dict, opener, closer, context, maxlevels, level + 1)

    def _join_inner(self, object, is_dict, opener, closer, context, maxlevels, level):
        marker = id(object)
        context[marker] = 1
        every_readable, any_loop = True, False
        shown = []
        if is_dict:
            pairs = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            for key, value in pairs:
                key_text, key_ok, key_loop = self.format(key, context, maxlevels, level)
                value_text, value_ok, value_loop = self.format(value, context, maxlevels, level)
                shown.append(key_text + ': ' + value_text)
                every_readable = every_readable and key_ok and value_ok
                any_loop = any_loop or key_loop or value_loop
        else:
            for element in object:
                text, ok, loop = self.format(element, context, maxlevels, level)
                shown.append(text)
                every_readable = every_readable and ok
                any_loop = any_loop or loop
        del context[marker]
        return opener + ', '.join(shown) + closer, every_readable, any_loop
