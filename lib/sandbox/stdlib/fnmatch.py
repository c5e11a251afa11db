# fnmatch for the sandbox: shell-style wildcards (* ? [seq] [!seq]) matched against names.
#
# What it reproduces from CPython 3.11 on POSIX: fnmatch (case-sensitive, as normcase changes
# nothing there), fnmatchcase, filter, and translate() giving a regular expression that matches
# the whole name ("*" crosses "/" here, as in CPython; a "[" with no "]" is a literal). The code
# is the sandbox's own.
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


# one wildcard or literal character at a time: a run of stars, "?", a bracket set (a "]" right
# after "[" or "[!" belongs to the set), or any other single character
_piece = re.compile(r'\*+|\?|\[!?\]?[^\]]*\]|.', re.S)


def _set_regex(body):
    body = body.replace('\\', '\\\\')
    if body[:1] == '!':
        return '[^' + body[1:] + ']'
    if body[:1] == '^':
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    pieces = []
    for m in _piece.finditer(pat):
        token = m.group()
        if token[0] == '*':
            pieces.append('.*')
        elif token == '?':
            pieces.append('.')
        elif token[0] == '[' and len(token) > 1:
            pieces.append(_set_regex(token[1:-1]))
        else:
            pieces.append(re.escape(token))
    return '(?s:' + ''.join(pieces) + ')\\Z'


def _matcher(pat):
    rx = _compiled.get(pat)
    if rx is None:
        rx = _compiled[pat] = re.compile(translate(pat))
    return rx


def fnmatchcase(name, pat):
    return _matcher(pat).match(name) is not None


def fnmatch(name, pat):
    return fnmatchcase(name, pat)


def filter(names, pat):
    rx = _matcher(pat)
    return [name for name in names if rx.match(name) is not None]
