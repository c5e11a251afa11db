# shutil for the sandbox: copying, moving and removing files and trees of the run's in-memory
# file tree.
#
# What it reproduces from CPython 3.11: copyfileobj, copyfile (SameFileError for a file onto
# itself, IsADirectoryError for a directory), copy/copy2 (into a directory under the source's
# name; return the destination), copytree (FileExistsError unless dirs_exist_ok; ignore=),
# ignore_patterns, rmtree (ignore_errors, onerror; NotADirectoryError for a file), move (into a
# directory, "Destination path ... already exists"), which() (finds nothing: there are no
# programs to run) and disk_usage of a small fixed disk. Permissions and times are not copied
# (the tree has none of the former). The code is the sandbox's own.
import os
import fnmatch
from collections import namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
           'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ignore_patterns', 'which',
           'disk_usage', 'SameFileError']


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    size = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def copyfile(src, dst, *, follow_symlinks=True):
    if os.path.exists(dst) and os.path.samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    os.stat(src)
    os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def ignore_patterns(*patterns):
    def _ignore(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        source, target = os.path.join(src, name), os.path.join(dst, name)
        if os.path.isdir(source):
            copytree(source, target, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(source, target)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    def report(func, where, error):
        if ignore_errors:
            return
        if onerror is None:
            raise error
        onerror(func, where, (type(error), error, error.__traceback__))

    try:
        if not os.path.isdir(path):
            os.lstat(path)
            raise NotADirectoryError(20, 'Not a directory', path)
        names = os.listdir(path)
    except OSError as e:
        report(os.lstat if isinstance(e, FileNotFoundError) else os.open, path, e)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                report(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        report(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    return None


_ntuple_diskusage = namedtuple('usage', 'total used free')


def disk_usage(path):
    os.stat(path)
    total = 1 << 30
    return _ntuple_diskusage(total, 0, total)
