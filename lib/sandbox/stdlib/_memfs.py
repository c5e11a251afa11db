# _memfs: the in-memory file tree of one run, which open(), os, pathlib, shutil and tempfile
# share (like Pyodide's MEMFS). A run touches no disk: the tree starts as / with /home/sandbox
# (the current directory and $HOME, holding the program's own file) and /tmp, and is gone when
# the run ends. Forked processes share it, as they share a real disk. / and /home are not
# writable (PermissionError, as for a user who is not root); there are no symlinks, owners or
# permission bits. Errors carry CPython's errno, message and file names. The code is the
# sandbox's own.
from _sandbox import main_source as _main_source
from time import time as _now

HOME = '/home/sandbox'
TMP = '/tmp'

ENOENT, EEXIST, ENOTDIR, EISDIR, EACCES, ENOTEMPTY, EINVAL, EPERM, EBADF = 2, 17, 20, 21, 13, 39, 22, 1, 9
MESSAGES = {
    ENOENT: 'No such file or directory', EEXIST: 'File exists', ENOTDIR: 'Not a directory',
    EISDIR: 'Is a directory', EACCES: 'Permission denied', ENOTEMPTY: 'Directory not empty',
    EINVAL: 'Invalid argument', EPERM: 'Operation not permitted', EBADF: 'Bad file descriptor',
}


def fail(code, name, name2=None):
    if name2 is None:
        raise OSError(code, MESSAGES[code], name)
    raise OSError(code, MESSAGES[code], name, None, name2)


class Dir:
    __slots__ = ('entries', 'writable', 'mtime')

    def __init__(self, writable=True):
        self.entries = {}
        self.writable = writable
        self.mtime = _now()


class File:
    """A regular file's bytes: a settled part and the pieces appended since, joined when read
    (so a loop of writes at the end is not quadratic)."""
    __slots__ = ('_data', '_tail', '_size', 'mtime')

    def __init__(self, data=b''):
        self._data = data
        self._tail = []
        self._size = len(data)
        self.mtime = _now()

    def get(self):
        if self._tail:
            self._data = self._data + b''.join(self._tail)
            self._tail = []
        return self._data

    def size(self):
        return self._size

    def write_at(self, pos, data):
        self.mtime = _now()
        data = bytes(data)
        if pos == self._size:
            self._tail.append(data)
            self._size += len(data)
            return
        current = self.get()
        if pos > self._size:
            current = current + b'\0' * (pos - self._size)
        self._data = current[:pos] + data + current[pos + len(data):]
        self._size = len(self._data)

    def truncate(self, size):
        self.mtime = _now()
        current = self.get()
        self._data = current[:size] if size <= len(current) else current + b'\0' * (size - len(current))
        self._size = len(self._data)


_root = Dir(False)
_root.entries['home'] = Dir(False)
_root.entries['home'].entries['sandbox'] = Dir()
_root.entries['tmp'] = Dir()
_cwd = HOME


def fspath(p):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    p = method(p)
    return p.decode() if isinstance(p, bytes) else p


def parts(path):
    """The names from / to path, with . and .. taken out."""
    if not path.startswith('/'):
        path = _cwd + '/' + path
    out = []
    for name in path.split('/'):
        if name == '..':
            if out:
                out.pop()
        elif name and name != '.':
            out.append(name)
    return out


def absolute(path):
    return '/' + '/'.join(parts(path))


def getcwd():
    return _cwd


def chdir(path):
    global _cwd
    name = fspath(path)
    node = lookup(name)
    if not isinstance(node, Dir):
        fail(ENOTDIR, name)
    _cwd = absolute(name)


def _walk(names, shown):
    node = _root
    for name in names:
        if not isinstance(node, Dir):
            fail(ENOTDIR, shown)
        node = node.entries.get(name)
        if node is None:
            fail(ENOENT, shown)
    return node


def lookup(path):
    """The node at path; FileNotFoundError / NotADirectoryError naming path as given."""
    path = shown = fspath(path)
    if path == '':
        fail(ENOENT, shown)
    if path == _main_name and _main_hidden is not None:
        return _main_hidden
    node = _walk(parts(path), shown)
    if path.endswith('/') and not isinstance(node, Dir):
        fail(ENOTDIR, shown)
    return node


def find(path):
    """The node at path, or None where there is none."""
    try:
        return lookup(path)
    except OSError:
        return None


def parent(path, shown=None):
    """(the directory that holds path, the last name in it)."""
    path = fspath(path)
    shown = path if shown is None else shown
    if path == '':
        fail(ENOENT, shown)
    names = parts(path)
    if not names:
        fail(EEXIST if path else ENOENT, shown)
    node = _walk(names[:-1], shown)
    if not isinstance(node, Dir):
        fail(ENOTDIR, shown)
    return node, names[-1]


def add(path, node, shown=None):
    shown = path if shown is None else shown
    folder, name = parent(path, shown)
    if name in folder.entries:
        fail(EEXIST, shown)
    if not folder.writable:
        fail(EACCES, shown)
    folder.entries[name] = node
    folder.mtime = _now()
    return node


def open_file(path, create, exclusive, truncate):
    """The File that open() reads or writes, made or emptied as its mode says."""
    path = fspath(path)
    node = find(path)
    if node is None:
        if not create:
            lookup(path)  # raises the error that names why
        folder, name = parent(path)
        if not folder.writable:
            fail(EACCES, path)
        node = folder.entries[name] = File()
        folder.mtime = _now()
        return node
    if exclusive:
        fail(EEXIST, path)
    if isinstance(node, Dir):
        fail(EISDIR, path)
    if truncate:
        node.truncate(0)
    return node


def mkdir(path):
    add(path, Dir())


def remove(path):
    path = fspath(path)
    folder, name = parent(path)
    node = folder.entries.get(name)
    if node is None:
        fail(ENOENT, path)
    if isinstance(node, Dir):
        fail(EISDIR, path)
    if not folder.writable:
        fail(EACCES, path)
    del folder.entries[name]


def rmdir(path):
    path = fspath(path)
    folder, name = parent(path)
    node = folder.entries.get(name)
    if node is None:
        fail(ENOENT, path)
    if not isinstance(node, Dir):
        fail(ENOTDIR, path)
    if node.entries:
        fail(ENOTEMPTY, path)
    if not folder.writable or node is _root or absolute(fspath(path)) in (HOME, TMP):
        fail(EACCES, path)
    del folder.entries[name]


def rename(src, dst):
    """POSIX rename: a file replaces a file, a directory an empty directory."""
    src, dst = fspath(src), fspath(dst)
    code = None
    try:
        src_folder, src_name = parent(src)
        node = src_folder.entries.get(src_name)
        if node is None:
            fail(ENOENT, src)
        dst_folder, dst_name = parent(dst)
    except OSError as e:
        code = e.errno
    if code is not None:
        fail(code, src, dst)  # naming both paths, as rename(2)'s errors do
    old = dst_folder.entries.get(dst_name)
    if old is node:
        return
    if old is not None:
        if isinstance(node, Dir) and not isinstance(old, Dir):
            fail(ENOTDIR, src, dst)
        if isinstance(old, Dir) and not isinstance(node, Dir):
            fail(EISDIR, src, dst)
        if isinstance(old, Dir) and old.entries:
            fail(ENOTEMPTY, src, dst)
    if isinstance(node, Dir) and absolute(fspath(dst)).startswith(absolute(fspath(src)) + '/'):
        fail(EINVAL, src, dst)
    if not src_folder.writable or not dst_folder.writable:
        fail(EACCES, src, dst)
    del src_folder.entries[src_name]
    dst_folder.entries[dst_name] = node


def listdir(path):
    path = fspath(path)
    node = lookup(path)
    if not isinstance(node, Dir):
        fail(ENOTDIR, path)
    return list(node.entries)


# the program's own file: in the current directory under its name (open(__file__) reads it,
# as in CPython); a run named like "<main>" keeps it out of every listing
_source, _main_name = _main_source()
_main_hidden = None
if _main_name.startswith('<'):
    _main_hidden = File(_source.encode())
else:
    _names = parts(_main_name)
    _folder = _root
    for _name in _names[:-1]:
        _folder = _folder.entries.setdefault(_name, Dir())
    _folder.entries[_names[-1]] = File(_source.encode())
