# os for the sandbox: the process facts a program can ask for and os.path's string functions.
#
# What it reproduces from CPython 3.11 on Linux: getpid/getppid (the sandbox's process ids),
# cpu_count (the virtual cores the run has), the path constants (sep "/", linesep, pathsep
# ...), os.environ as an _Environ mapping with getenv/putenv/unsetenv, and os.path. The file
# functions work on the run's in-memory tree (_memfs.py): getcwd/chdir, listdir (in the order
# names were made; CPython's order is the directory's, so print it sorted), mkdir/makedirs,
# remove/unlink, rmdir/removedirs, rename/replace, stat (st_size, st_mode, st_mtime on the
# virtual clock), scandir, walk, and file descriptors from open/mkstemp (read, write, close,
# fdopen). system, popen and kill stay out. process_cpu_count is not there, as in 3.11 (it came
# in 3.13). The environment is a fixed, small one so runs are reproducible. The code is the
# sandbox's own.
import sys
import _memfs
from _mp_core import _my_pid, cpu_count as _cores
import os.path as path
import os.path as _path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1


class _Environ(dict):
    """os.environ: a dict of str to str whose repr says environ({...})."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        dict.__setitem__(self, key, value)

    def __repr__(self):
        return f"environ({dict(self)!r})"

    def copy(self):
        return dict(self)


environ = _Environ()
for _key, _value in (('HOME', '/home/sandbox'), ('LANG', 'C.UTF-8'), ('PATH', '/usr/local/bin:/usr/bin:/bin'),
                     ('PWD', '/home/sandbox'), ('SHELL', '/bin/sh'), ('USER', 'sandbox')):
    dict.__setitem__(environ, _key, _value)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    return _my_pid()


def getppid():
    return 3999 if _my_pid() == 4000 else 4000


def cpu_count():
    return _cores()


def getcwd():
    return _memfs.getcwd()


def chdir(path):
    _memfs.chdir(path)


def getlogin():
    return 'sandbox'


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def urandom(n):
    import random
    return bytes(random.getrandbits(8) for _ in range(n))


def _no_processes(*args, **kwargs):
    raise PermissionError("starting or signalling processes is not available in the sandbox")


system = popen = startfile = kill = _no_processes

O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0, 1, 2, 0o2000, 0o100, 0o200, 0o1000


def strerror(code):
    return _memfs.MESSAGES.get(code, f"Unknown error {code}")


def listdir(path='.'):
    names = _memfs.listdir(path)
    return [n.encode() for n in names] if isinstance(path, bytes) else names


def mkdir(path, mode=0o777, *, dir_fd=None):
    _memfs.mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = _path.split(name)
    if not tail:
        head, tail = _path.split(head)
    if head and tail and not _path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not _path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _memfs.remove(fspath(path))


def unlink(path, *, dir_fd=None):
    _memfs.remove(fspath(path))


def rmdir(path, *, dir_fd=None):
    _memfs.rmdir(fspath(path))


def removedirs(name):
    rmdir(name)
    head, tail = _path.split(name)
    if not tail:
        head, tail = _path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = _path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _memfs.rename(fspath(src), fspath(dst))


replace = rename


class stat_result:
    """What stat() tells: a file's size and kind; owner and times are the sandbox's."""
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        self._values = tuple(values)
        for name, value in zip(self._fields, self._values):
            setattr(self, name, value)
        self.st_atime_ns = self.st_mtime_ns = self.st_ctime_ns = int(self.st_mtime * 1e9)

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __repr__(self):
        shown = [f"{n}={int(v)}" for n, v in zip(self._fields, self._values)]
        return f"os.stat_result({', '.join(shown)})"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    node = _memfs.lookup(path)
    if isinstance(node, _memfs.Dir):
        mode, size, links = 0o40755, 4096, 2 + sum(isinstance(n, _memfs.Dir) for n in node.entries.values())
    else:
        mode, size, links = 0o100644, node.size(), 1
    return stat_result((mode, id(node) % 1000003, 2049, links, 1000, 1000, size, node.mtime, node.mtime, node.mtime))


lstat = stat


class DirEntry:
    __module__ = 'posix'

    def __init__(self, folder, name):
        self.name = name
        self.path = _path.join(folder, name)

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return _path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return _path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def inode(self):
        return self.stat().st_ino


class _ScandirIterator:
    __module__ = 'posix'

    def __init__(self, folder, names):
        self._entries = iter([DirEntry(folder, n) for n in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path), _memfs.listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = _memfs.listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = [n for n in names if _path.isdir(_path.join(top, n))]
    files = [n for n in names if n not in dirs]
    if topdown:
        yield top, dirs, files
    for name in dirs:
        yield from walk(_path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


# ---- file descriptors: the files open()/mkstemp() made, by number ----

_fds = {}


def _fd_file(fd):
    f = _fds.get(fd)
    if f is None:
        raise OSError(9, 'Bad file descriptor')
    return f


def open(path, flags, mode=0o777, *, dir_fd=None):
    import io
    access = flags & 3
    name = fspath(path)
    node = _memfs.open_file(name, bool(flags & O_CREAT), bool(flags & O_EXCL), bool(flags & O_TRUNC))
    reading = access in (O_RDONLY, O_RDWR)
    writing = access in (O_WRONLY, O_RDWR)
    f = io.FileIO(name, 'r', _node=node, _flags=(reading, False, bool(flags & O_APPEND), False, writing and reading))
    f._writable = writing
    _fds[f.fileno()] = f
    return f.fileno()


def close(fd):
    _fd_file(fd).close()
    del _fds[fd]


def write(fd, data):
    return _fd_file(fd).write(data)


def read(fd, n):
    return _fd_file(fd).read(n)


def lseek(fd, pos, how):
    return _fd_file(fd).seek(pos, how)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    import io
    raw = _fds.pop(_fd_file(fd).fileno())
    return io.open(raw.name, mode.replace('w', 'r+') if 'w' in mode else mode, buffering, encoding, *args, **kwargs)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return method(p)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


error = OSError
