# warnings for the sandbox.
#
# What it reproduces from CPython 3.11's documented behaviour: warn() prints
# "file.py:12: UserWarning: message" and the source line to stderr, once per location under
# the default filters (DeprecationWarning only for code in __main__; PendingDeprecationWarning,
# ImportWarning and ResourceWarning ignored); filterwarnings/simplefilter with the actions
# "error" (raise it), "ignore", "always", "default", "module" and "once", message and module
# patterns and line numbers, newest filter first; resetwarnings; stacklevel; catch_warnings
# (restoring the filters, record=True collecting WarningMessage objects); showwarning and
# formatwarning can be replaced. The code is the sandbox's own; the caller's file and line come
# from the VM (modules/sandbox-core.ts).
import sys
from _sandbox import stack as _stack

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _default_filters():
    return [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


filters = _default_filters()
defaultaction = "default"
_seen = set()  # what "default", "module" and "once" have already shown


def _pattern(text, ignore_case):
    if not text:
        return None
    import re
    return re.compile(text, re.I if ignore_case else 0)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    entry = (action, _pattern(message, True), category, _pattern(module + r"\Z" if module else "", False), lineno)
    _add(entry, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    _add((action, None, category, None, lineno), append)


def _add(entry, append):
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)
    _seen.clear()


def resetwarnings():
    filters[:] = []
    _seen.clear()


def _matches(entry, text, category, module, lineno):
    action, message, kind, mod, line = entry
    if message is not None and message.match(text) is None:
        return False
    if not issubclass(category, kind):
        return False
    if isinstance(mod, str):
        if mod != module:
            return False
    elif mod is not None and mod.match(module) is None:
        return False
    return line == 0 or line == lineno


def _action_for(text, category, module, lineno):
    for entry in filters:
        if _matches(entry, text, category, module, lineno):
            return entry[0]
    return defaultaction


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, filename : {self.filename!r}, "
                f"lineno : {self.lineno}, line : {self.line!r}}}")


def formatwarning(message, category, filename, lineno, line=None):
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += f"  {line.strip()}\n"
    return text


def _source_line(filename, lineno):
    for frame in _stack():
        if frame[0] == filename and frame[1] == lineno:
            return frame[4]
    return None


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_show_original = showwarning


def _show(msg):
    if showwarning is not _show_original:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    frames = _stack()
    if 1 <= stacklevel <= len(frames):
        filename, lineno, _, module, line = frames[stacklevel - 1]
        module = module or "<string>"
    else:
        filename, lineno, module, line = "sys", 1, "sys", None
    warn_explicit(message, category, filename, lineno, module, None, None, source, _line=line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None, *, _line=None):
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    # a Warning instance brings its own category; a str becomes an instance of `category`
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (text, category, module)
    elif action == "default":
        key = (text, category, filename, lineno)
    else:
        key = None
    if key is not None:
        if key in _seen:
            return
        _seen.add(key)
    _show(WarningMessage(message, category, filename, lineno, None, _line, source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __repr__(self):
        # only record=True is shown, as CPython's repr does
        shown = "record=True" if self._record else ""
        return f"{type(self).__name__}({shown})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        global showwarning
        self._saved = (filters[:], set(_seen), showwarning)
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        showwarning = lambda message, category, filename, lineno, file=None, line=None: log.append(
            WarningMessage(message, category, filename, lineno, file, line))
        return log

    def __exit__(self, *exc_info):
        global showwarning
        saved_filters, saved_seen, showwarning = self._saved
        filters[:] = saved_filters
        _seen.clear()
        _seen.update(saved_seen)
