# tracemalloc for the sandbox: an estimate of the memory a program allocates.
#
# The sandbox's objects live in JavaScript's heap and are never freed while referenced, so it
# cannot trace memory the way CPython does. What it counts instead is what its allocation
# budget counts: every object made, and list/dict/set items in eights. get_traced_memory()
# reports that count since start() at 64 bytes a unit (8 bytes a list item, as CPython's
# pointers take), so big allocations give figures of the same size as CPython's, and nothing
# is ever released: current and peak stay equal. Snapshots have no per-line statistics. Use
# sys.getsizeof for the sizes of single objects, which follow CPython 3.11's. The code is the
# sandbox's own.
from _sandbox import allocations as _allocations

_UNIT = 64
_start = None
_peak_base = 0


def start(nframe=1):
    global _start
    if not isinstance(nframe, int) or nframe < 1:
        raise ValueError("the number of frames must be in range [1; 65535]")
    if _start is None:
        _start = _allocations()


def stop():
    global _start
    _start = None


def is_tracing():
    return _start is not None


def clear_traces():
    global _start
    if _start is not None:
        _start = _allocations()


def reset_peak():
    pass


def _traced():
    return 0 if _start is None else (_allocations() - _start) * _UNIT


def get_traced_memory():
    size = _traced()
    return (size, size)


def get_tracemalloc_memory():
    return 0


def get_traceback_limit():
    return 1


def get_object_traceback(obj):
    return None


class Statistic:
    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count


class Snapshot:
    def __init__(self, size):
        self.traces = []
        self.traceback_limit = 1
        self._size = size

    def statistics(self, key_type, cumulative=False):
        if key_type not in ('filename', 'lineno', 'traceback'):
            raise ValueError(f"unknown key_type: {key_type!r}")
        return []

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        return []

    def filter_traces(self, filters):
        return self


def take_snapshot():
    if _start is None:
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot(_traced())


class Filter:
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        self.inclusive = inclusive
        self.filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain
