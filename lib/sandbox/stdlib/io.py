# io for the sandbox: in-memory streams.
#
# What it reproduces from CPython 3.11: StringIO and BytesIO (write/read/readline/readlines,
# iteration by line, seek/tell/truncate, getvalue, close, use as a context manager, writing
# past the end pads with NULs), the "I/O operation on closed file." error, and the names
# SEEK_SET/SEEK_CUR/SEEK_END; print() honours a StringIO put in sys.stdout. There are no real files
# in the sandbox: open() reads the program's own file (`open(__file__)`, text mode: read, readline,
# iteration by line, name/mode/encoding, "not writable") and refuses every other path; FileIO is
# left out. The code is the sandbox's own.
from _sandbox import main_source as _main_source

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    __module__ = "_io"

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # StringIO says it without the full stop, BytesIO with it (as CPython's C versions do)
    _closed_message = "I/O operation on closed file."

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def flush(self):
        self._check_open()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines


class _Buffer(IOBase):
    """An in-memory stream over a str (StringIO) or bytes (BytesIO) value: the content and a
    position in it."""
    _empty = ""
    _newline = "\n"

    def __init__(self, initial=None):
        self._data = self._empty if initial is None else self._accept(initial)
        self._pos = 0
        self.closed = False

    def _accept(self, value):
        return value

    def getvalue(self):
        self._check_open()
        return self._data

    def write(self, s):
        self._check_open()
        s = self._accept(s)
        if self._pos > len(self._data):
            self._data += self._pad(self._pos - len(self._data))
        self._data = self._data[:self._pos] + s + self._data[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readline(self, size=-1):
        self._check_open()
        end = self._data.find(self._newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._data = self._data[:size]
        return size

    def close(self):
        self.closed = True


class StringIO(_Buffer):
    __module__ = "_io"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        _Buffer.__init__(self, initial_value)

    def _accept(self, value):
        if not isinstance(value, str):
            raise TypeError(f"string argument expected, got '{type(value).__name__}'")
        return value

    def _pad(self, n):
        return "\0" * n


class BytesIO(_Buffer):
    __module__ = "_io"
    _empty = b""
    _newline = b"\n"

    def __init__(self, initial_bytes=b''):
        _Buffer.__init__(self, initial_bytes)

    def _accept(self, value):
        if not isinstance(value, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
        return value

    def _pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        return self.getvalue()


TextIOBase = IOBase
BufferedIOBase = IOBase
RawIOBase = IOBase


class TextIOWrapper(StringIO):
    """The program's own source file opened for reading: the one file the sandbox has."""
    __module__ = "_io"

    def __init__(self, name, text, mode, encoding):
        StringIO.__init__(self, text)
        self.name = name
        self.mode = mode
        self.encoding = encoding

    def writable(self):
        return False

    def write(self, s):
        self._check_open()
        raise UnsupportedOperation("not writable")

    def truncate(self, size=None):
        self._check_open()
        raise UnsupportedOperation("File not open for writing")

    def getvalue(self):
        raise AttributeError("'_io.TextIOWrapper' object has no attribute 'getvalue'")

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    source, name = _main_source()
    if file == name and mode in ('r', 'rt', 'tr'):
        return TextIOWrapper(name, source, mode, 'UTF-8' if encoding is None else encoding)
    raise PermissionError("file access is not available in the sandbox (only the program's own file can be read)")
