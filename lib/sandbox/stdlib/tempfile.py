# tempfile for the sandbox: temporary files and directories in /tmp of the run's in-memory tree.
#
# What it reproduces from CPython 3.11: gettempdir() is /tmp and names are prefix + 8 characters
# of [a-z0-9_] + suffix (drawn from a generator of the module's own, so the program's random
# numbers are untouched; the names differ from CPython's, which are random anyway);
# TemporaryDirectory (its name, the name as the with target, cleanup() removing the tree, its
# repr), mkdtemp, mkstemp (an OS-level file descriptor and the path), NamedTemporaryFile (a
# wrapper with .name that delegates to the file and deletes it on close unless delete=False) and
# TemporaryFile (a file with no name in any directory; its .name is its descriptor number).
# The code is the sandbox's own.
import os as _os
import io as _io
import _memfs
from random import Random as _Random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_letters = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_names = _Random(0x7e3b)


def gettempdir():
    return tempdir if tempdir is not None else _memfs.TMP


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _free_name(suffix, prefix, dir, make):
    """make(path) for the first generated name that does not exist yet; returns the path."""
    suffix = '' if suffix is None else suffix
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else _os.fspath(dir)
    for _ in range(TMP_MAX):
        name = ''.join(_names.choice(_letters) for _ in range(8))
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            make(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    return _free_name(suffix, prefix, dir, lambda path: _os.mkdir(path, 0o700))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    fds = []
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    path = _free_name(suffix, prefix, dir, lambda path: fds.append(_os.open(path, flags, 0o600)))
    return fds[0], _os.path.abspath(path) if dir is None else path


def mktemp(suffix='', prefix=template, dir=None):
    made = []
    _free_name(suffix, prefix, dir, made.append)
    return made[0]


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the open file, its name, and deleting it on close."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.file.close()
        if self.delete:
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = _io.open(name, mode, buffering, encoding, errors, newline)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = _io.open(name, mode, buffering, encoding, errors, newline)
    _os.unlink(name)
    raw = file if 'b' in mode else file.buffer
    raw.name = raw.fileno()
    return file


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    """A directory made in /tmp, removed with everything in it by cleanup() or at the end of
    the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        import shutil
        first, self._cleaned = not self._cleaned, True
        if first or _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors or not _os.path.exists(self.name))
