# pathlib for the sandbox: the pure path operations, and Path for the parts that need no disk.
#
# What it reproduces from CPython 3.11's documented behaviour: POSIX paths, normalised as the
# docs say (repeated slashes and "." segments dropped, ".." kept, exactly two leading slashes
# kept, an empty path is "."); "/" joining (an absolute right operand replaces the left);
# name/stem/suffix/suffixes/parent/parents/parts/anchor/root/drive; with_name/with_stem/
# with_suffix and their ValueErrors; relative_to/is_relative_to; match (glob patterns matched
# from the right); comparison, hashing and sorting by parts; reprs such as
# PosixPath('/home/sandbox'). Path.home() is /home/sandbox, Path.cwd() the current directory
# (os.getcwd()). The methods that touch files (exists, is_file, is_dir, stat, open, read_text,
# write_text, read_bytes, write_bytes, iterdir, glob/rglob, mkdir with parents/exist_ok, touch,
# unlink with missing_ok, rmdir, rename, replace) work on the run's in-memory tree through os
# and io, with their errors; there are no symlinks. Windows paths (PureWindowsPath) are not
# provided. The code is the sandbox's own.
import io
import os
import re

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _split(text):
    """(root, parts) of one path string, normalised."""
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    parts = [p for p in text.split('/') if p and p != '.']
    return root, parts


def _split_suffix(name):
    # (stem, suffix): the suffix starts at the last dot, unless that dot is the name's first
    # character (a hidden file) or its last
    dot = name.rfind('.')
    if dot <= 0 or dot == len(name) - 1:
        return name, ''
    return name[:dot], name[dot:]


def _glob_to_regex(pattern):
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '*':
            out.append('[^/]*')
        elif c == '?':
            out.append('[^/]')
        elif c == '[':
            j = pattern.find(']', i + 2 if i + 1 < len(pattern) and pattern[i + 1] == '!' else i + 1)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j]
                if body.startswith('!'):
                    body = '^' + body[1:]
                out.append('[' + body.replace('\\', '\\\\') + ']')
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return ''.join(out)


class PurePath:
    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ''
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str or an os.PathLike object where "
                                    f"__fspath__ returns a str, not {type(a).__name__!r}")
            r, p = _split(a)
            if r:
                root, parts = r, p
            else:
                parts.extend(p)
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def _derive(self, root, parts):
        return type(self)._make(root, parts)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        return _split_suffix(self.name)[1]

    @property
    def suffixes(self):
        # no suffixes for a name ending in a dot; leading dots belong to the stem
        name = self.name
        if name[-1:] == '.':
            return []
        pieces = name.lstrip('.').split('.')
        return ['.' + piece for piece in pieces[1:]]

    @property
    def stem(self):
        return _split_suffix(self.name)[0]

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._derive(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        r, p = _split(name)
        if r or not name or name[-1] == '/' or len(p) != 1 or p[0] != name:
            raise ValueError(f"Invalid name {name!r}")
        return self._derive(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError(f"Invalid suffix {suffix!r}")
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._derive(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            shown = str(base)
            if base._root != self._root and (base._root or self._root):
                raise ValueError(f"{str(self)!r} is not in the subpath of {shown!r} OR one path is relative and the other is absolute.")
            raise ValueError(f"{str(self)!r} is not in the subpath of {shown!r} OR one path is relative and the other is absolute.")
        return self._derive('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        if not pattern._parts and not pattern._root:
            raise ValueError("empty pattern")
        if pattern._root:
            if pattern._root != self._root or len(pattern._parts) != len(self._parts):
                return False
        elif len(pattern._parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pattern._parts)):
            if not re.fullmatch(_glob_to_regex(pat), part):
                return False
        return True


class _PathParents:
    """The logical ancestors of a path, nearest first (p.parents[0] is p.parent)."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        count = len(self)
        if isinstance(idx, slice):
            return tuple(self[k] for k in range(*idx.indices(count)))
        if idx >= count or -count > idx:
            raise IndexError(idx)
        # parents[k] drops the last k + 1 parts; a negative index counts from the root
        path = self._path
        return path._derive(path._root, path._parts[:count - idx % count - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePosixPath(PurePath):
    __slots__ = ()


def _false(self, *args, **kwargs):
    return False


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return type(self)(os.path.normpath(str(self.absolute())))

    def expanduser(self):
        if self._parts and not self._root and self._parts[0].startswith('~'):
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    # ---- the file tree (the run's in-memory one, _memfs.py) ----

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)  #@pathlib.py:1013

    lstat = stat

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_mount(self):
        return os.path.ismount(self)

    is_symlink = is_socket = is_fifo = is_block_device = is_char_device = _false

    def owner(self):
        os.stat(self)
        return 'sandbox'

    group = owner

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)  #@pathlib.py:1044

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:  #@pathlib.py:1058
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:  #@pathlib.py:1050
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:  #@pathlib.py:1078
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(data).__name__}'")
        with self.open(mode='wb') as f:  #@pathlib.py:1067
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(self):  #@pathlib.py:931
            yield self._derive(self._root, self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern.startswith('/'):
            raise NotImplementedError("Non-relative patterns are unsupported")
        import glob as _glob
        base = str(self)
        for found in _glob.iglob(pattern, root_dir=base, recursive=True, include_hidden=True):
            yield self / found.rstrip('/') if found.rstrip('/') else self

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)  #@pathlib.py:1116
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            return
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        fd = os.open(self, flags, mode)  #@pathlib.py:1108
        os.close(fd)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)  #@pathlib.py:1147
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)  #@pathlib.py:1156

    def rename(self, target):
        os.rename(self, target)  #@pathlib.py:1175
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)  #@pathlib.py:1188
        return type(self)(target)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def _no_links(self, *args, **kwargs):
        raise PermissionError(1, 'Operation not permitted', str(self))

    readlink = symlink_to = hardlink_to = link_to = _no_links

    def chmod(self, mode, *, follow_symlinks=True):
        os.stat(self)

    lchmod = chmod


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
