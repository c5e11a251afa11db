# io for the sandbox: in-memory streams.
#
# What it reproduces from CPython 3.11: StringIO and BytesIO (write/read/readline/readlines,
# iteration by line, seek/tell/truncate, getvalue, close, use as a context manager, writing
# past the end pads with NULs), the "I/O operation on closed file." error, and the names
# SEEK_SET/SEEK_CUR/SEEK_END; print() honours a StringIO put in sys.stdout. open() works on the
# run's in-memory file tree (_memfs.py): modes r/w/a/x with + and b, FileIO (buffering=0),
# BufferedReader/BufferedWriter/BufferedRandom and TextIOWrapper with their reprs, encodings
# (UTF-8 by default, as under a C.UTF-8 locale), universal newlines and the newline argument,
# open()'s ValueErrors and the OSErrors of a missing file, a directory or an existing one for
# "x". Writes reach the file at once (no buffer to flush: another reader sees them before
# close()); tell() in text mode is the byte offset, as CPython's cookie is for UTF-8. The code
# is the sandbox's own.
import _memfs

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
        if self._pos == len(self._data):
            self._data += s
        else:
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


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if type(b).__name__ == 'memoryview':
        return bytes(b)
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


_next_fd = [3]


class FileIO(IOBase):
    """A file of the in-memory tree opened in binary: its bytes and a position in them. The
    buffered classes below are this with another name, as the tree needs no buffering."""
    __module__ = "_io"

    def __init__(self, file, mode='r', closefd=True, *, _node=None, _flags=None):
        if _flags is None:
            _flags = _parse_mode(mode + ('b' if 'b' not in mode else ''))
        reading, writing, appending, creating, plus = _flags
        self.name = file
        self._node = _node if _node is not None else _memfs.open_file(
            file, writing or appending or creating, creating, writing)
        self._readable = reading or plus
        self._writable = writing or appending or creating or plus
        self._append = appending
        if creating:
            self.mode = 'xb+' if plus else 'xb'
        elif appending:
            self.mode = 'ab+' if plus else 'ab'
        elif self._readable and self._writable:
            self.mode = 'rb+'
        else:
            self.mode = 'rb' if reading else 'wb'
        self._pos = self._node.size() if appending else 0
        self._fd = _next_fd[0]
        _next_fd[0] += 1
        self.closed = False
        self.closefd = closefd

    def __repr__(self):
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self.closefd!r}>"

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('read' if type(self) is not FileIO else 'File not open for reading')

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('write' if type(self) is not FileIO else 'File not open for writing')

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def fileno(self):
        self._check_open()
        return self._fd

    def read(self, size=-1):
        self._check_readable()
        data = self._node.get()
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        chunk = data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    readall = read

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check_readable()
        return self._node.get()[self._pos:]

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def readline(self, size=-1):
        self._check_readable()
        data = self._node.get()
        end = data.find(b'\n', self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def write(self, b):
        self._check_writable()
        data = _bytes_like(b)
        if self._append:
            self._pos = self._node.size()
        self._node.write_at(self._pos, data)
        self._pos += len(data)
        return len(data)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET:
            target = pos
        elif whence == SEEK_CUR:
            target = self._pos + pos
        elif whence == SEEK_END:
            target = self._node.size() + pos
        else:
            raise ValueError(f"whence value {whence} unsupported")
        if target < 0:
            raise OSError(22, 'Invalid argument')
        self._pos = target
        return target

    def truncate(self, size=None):
        self._check_writable()
        size = self._pos if size is None else size
        self._node.truncate(size)
        return size

    def close(self):
        self.closed = True


class BufferedReader(FileIO):
    __module__ = "_io"

    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"

    @property
    def raw(self):
        return self

    def detach(self):
        return self


class BufferedWriter(BufferedReader):
    __module__ = "_io"


class BufferedRandom(BufferedReader):
    __module__ = "_io"


class TextIOWrapper(IOBase):
    """Text over one of the binary files above: str in and out, encoded as `encoding` says,
    newlines translated as `newline` says."""
    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        self.buffer = buffer
        self.encoding = 'UTF-8' if encoding is None else encoding
        ''.encode(self.encoding)  # LookupError: unknown encoding: ...
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.mode = getattr(buffer, 'mode', 'r')

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def fileno(self):
        return self.buffer.fileno()

    def detach(self):
        return self.buffer

    def _raw_rest(self):
        b = self.buffer
        if not b._readable:
            b._check_open()
            raise UnsupportedOperation('not readable')
        b._check_open()
        return b._node.get(), b._pos

    def _decode(self, data):
        return data.decode(self.encoding, self.errors)

    def read(self, size=-1):
        data, pos = self._raw_rest()
        raw = self._decode(data[pos:])
        if size is None or size < 0:
            self.buffer._pos = len(data)
            return self._translate(raw)
        if self._newline is not None:
            taken = raw[:size]
            self.buffer._pos = pos + len(taken.encode(self.encoding, self.errors))
            return taken
        # universal newlines: \r\n and \r become \n; count what is handed out, not what is read
        out = []
        need = size
        i = 0
        while need > 0 and i < len(raw):
            j = raw.find('\r', i, i + need)
            if j < 0:
                piece = raw[i:i + need]
                out.append(piece)
                i += len(piece)
                need -= len(piece)
            else:
                out.append(raw[i:j] + '\n')
                need -= j - i + 1
                i = j + 2 if raw.startswith('\n', j + 1) else j + 1
        self.buffer._pos = pos + len(raw[:i].encode(self.encoding, self.errors))
        return ''.join(out)

    def _translate(self, text):
        if self._newline is None and '\r' in text:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _line_end(self, data, pos):
        """Where the line starting at pos ends in the bytes (just past its terminator)."""
        newline = self._newline
        if newline in ('\n', '\r', '\r\n'):
            mark = newline.encode()
            at = data.find(mark, pos)
            return len(data) if at < 0 else at + len(mark)
        lf = data.find(b'\n', pos)
        cr = data.find(b'\r', pos, len(data) if lf < 0 else lf)
        if cr >= 0:
            return cr + 2 if data[cr + 1:cr + 2] == b'\n' else cr + 1
        return len(data) if lf < 0 else lf + 1

    def readline(self, size=-1):
        data, pos = self._raw_rest()
        end = self._line_end(data, pos)
        line = self._decode(data[pos:end])
        if size is not None and 0 <= size < len(self._translate(line)):
            line = line[:size]
            self.buffer._pos = pos + len(line.encode(self.encoding, self.errors))
            return self._translate(line)
        self.buffer._pos = end
        return self._translate(line)

    def write(self, s):
        self.buffer._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer._writable:
            raise UnsupportedOperation('not writable')
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def tell(self):
        return self.buffer.tell()

    def seek(self, cookie, whence=SEEK_SET):
        self.buffer._check_open()
        if whence == SEEK_CUR and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == SEEK_SET and cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        return self.buffer.seek(cookie, whence)

    def truncate(self, size=None):
        self.buffer._check_open()
        if not self.buffer._writable:
            raise UnsupportedOperation('File not open for writing')
        return self.buffer.truncate(size)

    def flush(self):
        self.buffer._check_open()

    def close(self):
        self.buffer.close()


def _parse_mode(mode):
    """(reading, writing, appending, creating, plus) from an open() mode, with open()'s errors."""
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if any(c not in 'rwaxtb+' for c in mode) or len(set(mode)) != len(mode):
        raise ValueError(f"invalid mode: {mode!r}")
    if 't' in mode and 'b' in mode:
        raise ValueError("can't have text and binary mode at once")
    kinds = sum(c in mode for c in 'rwax')
    if kinds != 1:
        raise ValueError("must have exactly one of create/read/write/append mode" if kinds > 1 else
                         "Must have exactly one of create/read/write/append mode and at most one plus")
    return 'r' in mode, 'w' in mode, 'a' in mode, 'x' in mode, '+' in mode


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    flags = _parse_mode(mode)
    binary = 'b' in mode
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    elif buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f"illegal newline value: {newline}")
    if isinstance(file, int) and not isinstance(file, bool):
        # a descriptor from os.open() or mkstemp(): its file, under the number as its name
        import os
        raw = os._fds.get(file)
        if raw is None:
            raise OSError(9, 'Bad file descriptor')
        if not closefd:
            raw.closefd = False
        node, file = raw._node, file
    else:
        node = None
    name = file if node is not None else _memfs.fspath(file)
    if encoding is not None:
        ''.encode(encoding)
    reading, writing, appending, creating, plus = flags
    if node is None:
        node = _memfs.open_file(name, writing or appending or creating, creating, writing)
    elif writing:
        node.truncate(0)
    if binary and buffering == 0:
        kind = FileIO
    elif plus:
        kind = BufferedRandom
    elif reading:
        kind = BufferedReader
    else:
        kind = BufferedWriter
    raw = kind(name, mode, closefd, _node=node, _flags=flags)
    if binary:
        return raw
    text = TextIOWrapper(raw, encoding, errors, newline)
    text.mode = mode
    return text
