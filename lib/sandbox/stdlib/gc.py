# gc for the sandbox. The sandbox's objects live in JavaScript's garbage-collected heap, without
# reference counts, so collect() asks _weak_core (modules/weak-core.ts) to do what CPython's
# cycle collector does: among the instances the run made lately (noted from the start in a
# program that imports gc) and the weakly referenced objects, the ones the program can no
# longer reach that lie on a reference cycle or hang from one are freed (weak references to
# them die, __del__ runs, oldest first), and collect() returns how many (CPython also counts
# the lists and dicts of those cycles). enable/disable/isenabled keep a flag; the thresholds
# are CPython 3.11's defaults, and get_count()/get_objects() do not model CPython's heap. The
# code is the sandbox's own.
from _weak_core import collect as _collect_watched
_enabled = True
_threshold = (700, 10, 10)
garbage = []
callbacks = []
DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK = 1, 2, 4, 32, 38


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    return _collect_watched()


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1, _threshold[2] if threshold2 is None else threshold2)


def get_count():
    return (0, 0, 0)


def get_debug():
    return 0


def set_debug(flags):
    pass


def get_objects(generation=None):
    return []


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bool, bytes, type(None)))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
