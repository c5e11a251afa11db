# gc for the sandbox. The sandbox's objects live in JavaScript's garbage-collected heap, without
# reference counts, so collect() asks _weak_core (modules/weak-core.ts) to do what CPython's
# cycle collector does: among the instances the run made lately (noted from the start in a
# program that imports gc) and the weakly referenced objects, the ones the program can no
# longer reach that lie on a reference cycle or hang from one are freed (weak references to
# them die, __del__ runs, oldest first), and collect() returns how many (CPython also counts
# the lists and dicts of those cycles). get_count() counts the containers made since gc was
# imported or last collected, generation by generation as CPython's thresholds (700, 10, 10)
# would collect them (deallocations are not subtracted; _memtrace, modules/memtrace-core.ts),
# and get_objects() lists the containers the run can reach, the sandbox's own modules' objects
# included (not CPython's start-up heap). The code is the sandbox's own.
from _weak_core import collect as _collect_watched
from _memtrace import gc_counting, gc_get_count as get_count, gc_collected, gc_set_enabled, gc_set_threshold, gc_objects
gc_counting()
_enabled = True
_threshold = (700, 10, 10)
garbage = []
callbacks = []
DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK = 1, 2, 4, 32, 38


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    found = _collect_watched()
    gc_collected(generation)
    return found


def enable():
    global _enabled
    _enabled = True
    gc_set_enabled(True)


def disable():
    global _enabled
    _enabled = False
    gc_set_enabled(False)


def isenabled():
    return _enabled


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1, _threshold[2] if threshold2 is None else threshold2)
    gc_set_threshold(*_threshold)


def get_debug():
    return 0


def set_debug(flags):
    pass


def get_objects(generation=None):
    if generation is not None and generation not in (0, 1, 2):
        raise ValueError("generation parameter must be less than the number of available generations (3)")
    return gc_objects(generation)


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
