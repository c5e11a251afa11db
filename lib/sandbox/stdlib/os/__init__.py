# os for the sandbox: the process facts a program can ask for and os.path's string functions.
#
# What it reproduces from CPython 3.11 on Linux: getpid/getppid (the sandbox's process ids),
# cpu_count (the virtual cores the run has), the path constants (sep "/", linesep, pathsep
# ...), os.environ as an _Environ mapping with getenv/putenv/unsetenv, getcwd, and os.path
# (posixpath's pure string functions). There is no file system: listdir, stat, remove ...
# raise PermissionError, as open() does. process_cpu_count is not there, as in 3.11 (it came
# in 3.13). The environment is a fixed, small one so runs are reproducible. The code is the
# sandbox's own.
import sys
from _mp_core import _my_pid, cpu_count as _cores
import os.path as path

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
    return environ.get('PWD', '/home/sandbox')


def getlogin():
    return 'sandbox'


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def urandom(n):
    import random
    return bytes(random.getrandbits(8) for _ in range(n))


def _no_files(*args, **kwargs):
    raise PermissionError("file access is not available in the sandbox")


listdir = scandir = stat = lstat = remove = unlink = rmdir = mkdir = makedirs = rename = replace = _no_files
chdir = walk = system = popen = startfile = kill = _no_files


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
