# glob for the sandbox: path names matching a shell pattern, found in the run's in-memory tree.
#
# What it reproduces from CPython 3.11: glob/iglob with * ? [seq] in any component, names
# starting with "." matched only by a pattern that starts with "." too, "**" (recursive=True)
# for this directory and every one below, root_dir, has_magic and escape. Results come in the
# order the directory lists them (CPython's is the file system's, so sort them before
# printing). The code is the sandbox's own.
import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

_magic = re.compile('[*?[]')


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    drive, rest = '', pathname
    return drive + re.sub('([*?[])', r'[\1]', rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    base = '/' if pathname.startswith('/') else ''
    parts = [p for p in pathname.split('/') if p]
    trailing = pathname.endswith('/')
    if not parts:
        return
    for found in _expand(base, parts, root_dir, recursive, include_hidden):
        if trailing:
            if _isdir(found, root_dir):
                yield found + '/'
        else:
            yield found


def _real(path, root_dir):
    if root_dir is None or path.startswith('/'):
        return path or '.'
    return os.path.join(os.fspath(root_dir), path) if path else os.fspath(root_dir)


def _isdir(path, root_dir):
    return os.path.isdir(_real(path, root_dir))


def _names(path, root_dir):
    try:
        return os.listdir(_real(path, root_dir))
    except OSError:
        return []


def _join(base, name):
    if not base:
        return name
    return base + name if base.endswith('/') else base + '/' + name


def _below(base, root_dir, hidden):
    # "**": base itself and every directory under it
    yield base
    for name in _names(base, root_dir):
        if name.startswith('.') and not hidden:
            continue
        path = _join(base, name)
        if _isdir(path, root_dir):
            yield from _below(path, root_dir, hidden)


def _everything(base, root_dir, hidden):
    for name in _names(base, root_dir):
        if name.startswith('.') and not hidden:
            continue
        path = _join(base, name)
        yield path
        if _isdir(path, root_dir):
            yield from _everything(path, root_dir, hidden)


def _expand(base, parts, root_dir, recursive, hidden):
    part, rest = parts[0], parts[1:]
    if recursive and part == '**':
        if not rest:
            # everything below base, files included; base itself as "base/"
            if base and base != '/':
                yield base + '/'
            yield from _everything(base, root_dir, hidden)
            return
        seen = set()
        for folder in _below(base, root_dir, hidden):
            for found in _expand(folder, rest, root_dir, recursive, hidden):
                if found not in seen:
                    seen.add(found)
                    yield found
        return
    if not has_magic(part):
        path = _join(base, part)
        if rest:
            if _isdir(path, root_dir):
                yield from _expand(path, rest, root_dir, recursive, hidden)
        elif os.path.lexists(_real(path, root_dir)):
            yield path
        return
    for name in _names(base, root_dir):
        if name.startswith('.') and not part.startswith('.') and not hidden:
            continue
        if not fnmatch.fnmatchcase(name, part):
            continue
        path = _join(base, name)
        if rest:
            if _isdir(path, root_dir):
                yield from _expand(path, rest, root_dir, recursive, hidden)
        else:
            yield path
