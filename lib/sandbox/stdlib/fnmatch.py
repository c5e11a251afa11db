# fnmatch for the sandbox: shell-style wildcards (* ? [seq] [!seq]) matched against names.
#
# What it reproduces from CPython 3.11 on POSIX: fnmatch (case-sensitive, as normcase changes
# nothing there), fnmatchcase, filter, and translate() giving a regular expression that matches
# the whole name ("*" crosses "/" here, as in CPython; a "[" with no "]" is a literal). The code
# is the sandbox's own.
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


def translate(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j].replace('\\', '\\\\')
            i = j + 1
            if body.startswith('!'):
                body = '^' + body[1:]
            elif body.startswith('^'):
                body = '\\' + body
            out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'


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
