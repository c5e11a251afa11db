# os.path for the sandbox: posixpath's string operations (join, split, splitext, basename,
# dirname, normpath, abspath, relpath, commonprefix, commonpath, expanduser ...), with the
# results CPython 3.11 gives on Linux. Questions about files (exists, isfile, isdir, getsize,
# getmtime, samefile) are answered from the run's in-memory tree (_memfs.py), relative paths from
# its current directory. Path arguments may be path-like objects (pathlib paths), read
# through __fspath__. The code is the sandbox's own.
import _memfs
# on Linux, os.path is the posixpath module
__name__ = 'posixpath'
sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def _fs(p):
    if isinstance(p, str):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return method(p)


def _cwd():
    return _memfs.getcwd()


def isabs(p):
    p = _fs(p)
    return p.startswith('/')


def join(a, *parts):
    result = _fs(a)
    for part in map(_fs, parts):
        if part.startswith('/'):
            result = part
        elif not result or result.endswith('/'):
            result += part
        else:
            result += '/' + part
    return result


def split(p):
    p = _fs(p)
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = _fs(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fs(p)
    return split(p)[0]


def splitext(p):
    p = _fs(p)
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot <= slash + 0:
        return p, ''
    # dots leading the file name do not start an extension
    name_start = slash + 1
    while name_start < dot and p[name_start] == '.':
        name_start += 1
    if name_start == dot:
        return p, ''
    return p[:dot], p[dot:]


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def normpath(p):
    p = _fs(p)
    if p == '':
        return '.'
    leading = 2 if p.startswith('//') and not p.startswith('///') else (1 if p.startswith('/') else 0)
    parts = []
    for part in p.split('/'):
        if part in ('', '.'):
            continue
        if part == '..' and parts and parts[-1] != '..':
            parts.pop()
        elif part == '..' and leading:
            continue
        else:
            parts.append(part)
    text = '/' * leading + '/'.join(parts)
    return text or '.'


def abspath(p):
    p = _fs(p)
    return normpath(p if isabs(p) else join(_cwd(), p))


def relpath(p, start=None):
    p = _fs(p)
    start = None if start is None else _fs(start)
    if not p:
        raise ValueError("no path specified")
    target = [x for x in abspath(p).split('/') if x]
    base = [x for x in abspath(start or curdir).split('/') if x]
    common = 0
    while common < len(target) and common < len(base) and target[common] == base[common]:
        common += 1
    rest = [pardir] * (len(base) - common) + target[common:]
    return join(*rest) if rest else curdir


def commonprefix(paths):
    if not paths:
        return ''
    low, high = min(paths), max(paths)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {isabs(p) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[x for x in p.split('/') if x and x != '.'] for p in paths]
    shortest, longest = min(split_paths), max(split_paths)
    common = shortest
    for i, part in enumerate(shortest):
        if part != longest[i]:
            common = shortest[:i]
            break
    return ('/' if absolute.pop() else '') + '/'.join(common)


def expanduser(p):
    p = _fs(p)
    if p == '~' or p.startswith('~/'):
        return '/home/sandbox' + p[1:]
    return p


def expandvars(p):
    p = _fs(p)
    return p


def normcase(p):
    p = _fs(p)
    return p


def exists(p):
    return _memfs.find(p) is not None


lexists = exists


def isfile(p):
    return isinstance(_memfs.find(p), _memfs.File)


def isdir(s):
    return isinstance(_memfs.find(s), _memfs.Dir)


def islink(p):
    _fs(p)
    return False


def ismount(p):
    return abspath(p) == '/'


def getsize(filename):
    node = _memfs.lookup(filename)
    return 4096 if isinstance(node, _memfs.Dir) else node.size()


def getmtime(filename):
    return _memfs.lookup(filename).mtime


getatime = getctime = getmtime


def samefile(f1, f2):
    return _memfs.lookup(f1) is _memfs.lookup(f2)


def realpath(p, *, strict=False):
    return abspath(p)
