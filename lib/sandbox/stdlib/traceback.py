# traceback for the sandbox: print_exc, format_exc, print_exception, format_exception,
# format_exception_only and TracebackException.
#
# What it reproduces from CPython 3.11: the same text the interpreter prints for an uncaught
# exception (frames with their source lines and ^/~ markers, chained causes and contexts,
# exception groups in boxes), here for the exception being handled or one passed in;
# format_* return lists of strings (one per frame, one per message line) whose concatenation
# is that text; "NoneType: None" when nothing is being handled. The text itself comes from the
# VM's traceback printer (vm/traceback.ts). Traceback objects are not modelled: limit= is
# accepted and ignored, and extract_tb/format_tb/walk_tb are left out. The code is the
# sandbox's own.
import sys
from _traceback_core import format_exception as _render


_CHAIN_MESSAGES = ("The above exception was the direct cause", "During handling of the above exception")


def _pieces(text):
    # one piece per frame (its "File ..." line with the source and marker lines under it), one
    # per chaining message (with its blank lines), one per other line
    pieces = []
    lines = text.splitlines(True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    ") and pieces and pieces[-1].startswith("  File "):
            pieces[-1] += line
        elif line == "\n" and i + 2 < len(lines) and lines[i + 1].startswith(_CHAIN_MESSAGES):
            pieces.append(line + lines[i + 1] + lines[i + 2])
            i += 2
        else:
            pieces.append(line)
        i += 1
    return pieces


def _exception_of(exc, value):
    if value is not _unset:
        return value
    if isinstance(exc, BaseException):
        return exc
    return None


_unset = object()


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    e = _exception_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _pieces(_render(e))


def format_exception_only(exc, /, value=_unset):
    e = _exception_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    name = type(e).__qualname__
    module = type(e).__module__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    text = str(e)
    line = f"{name}: {text}\n" if text else f"{name}\n"
    return [line] + [f"{note}\n" for note in getattr(e, "__notes__", ())]


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError("no last exception")


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.__cause__ = None
        self.__context__ = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def __str__(self):
        return str(self._exc)
