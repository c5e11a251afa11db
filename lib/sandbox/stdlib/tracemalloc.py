# tracemalloc for the sandbox: memory blocks in CPython 3.11's bytes, by the line that made them.
#
# The native half (_memtrace, modules/memtrace-core.ts) notes every object the program makes
# while tracing, and a look (get_traced_memory, take_snapshot) sizes the ones the run can still
# reach as CPython's allocator requests (a GC header, a list's item array with append's
# over-allocation, a dict's keys table, an instance's inline values, a str's compact layout). The
# sandbox has no reference counts, so "current" is what is reachable when you look, and the peak
# is the highest current a look has seen. strs and ints have no identity in the sandbox: each
# place holding a new one counts as one object. CPython's free lists and the first instance's
# shared keys are not modelled, so counts can differ from CPython's by a few, and the sandbox's
# own modules do not show up as files of their own. Statistic and StatisticDiff print as
# CPython's do. The code is the sandbox's own.
from _sandbox import main_source as _main_source
from _memtrace import (start, stop, is_tracing, clear_traces, get_traced_memory, reset_peak,
                       get_tracemalloc_memory, get_traceback_limit, traces as _traces, group as _group)


def _format_size(size, sign):
    # three significant digits with a unit, or a whole number of the unit below 10 * 1024
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        small = abs(size) < 100 and unit != 'B'
        if small or abs(size) < 10 * 1024 or unit == 'TiB':
            spec = ('+' if sign else '') + ('.1f' if small else '.0f')
            return f"{format(size, spec)} {unit}"
        size /= 1024


class Frame:
    __slots__ = ('_pair',)

    def __init__(self, pair):
        self._pair = pair

    @property
    def filename(self):
        return self._pair[0]

    @property
    def lineno(self):
        return self._pair[1]

    def __eq__(self, other):
        return isinstance(other, Frame) and self._pair == other._pair

    def __lt__(self, other):
        return self._pair < other._pair

    def __hash__(self):
        return hash(self._pair)

    def __str__(self):
        return f"{self.filename}:{self.lineno}"

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


class Traceback:
    # the frames oldest first, as CPython's Python API gives them; pairs come innermost first
    def __init__(self, pairs, total_nframe=None):
        self._frames = tuple(reversed(pairs))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(pair) for pair in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        return (Frame(pair) for pair in self._frames)

    def __eq__(self, other):
        return isinstance(other, Traceback) and self._frames == other._frames

    def __lt__(self, other):
        return self._frames < other._frames

    def __hash__(self):
        return hash(self._frames)

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        return f"<Traceback {tuple(self)}>"

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames.reverse()
        out = []
        for f in frames:
            out.append(f'  File "{f.filename}", line {f.lineno}')
            text = _source_line(f.filename, f.lineno)
            if text:
                out.append(f'    {text}')
        return out


def _source_line(filename, lineno):
    # the program's own file is the only source the sandbox has
    source, name = _main_source()
    lines = source.splitlines()
    if filename == name and 0 < lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''



class Trace:
    def __init__(self, size, traceback):
        self.domain = 0
        self.size = size
        self.traceback = traceback

    def __str__(self):
        return f"{self.traceback}: {_format_size(self.size, False)}"

    def __repr__(self):
        return f"<Trace domain=0 size={_format_size(self.size, False)}, traceback={self.traceback!r}>"


class Statistic:
    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _sort_key(self):
        return (self.size, self.count, self.traceback)

    def __eq__(self, other):
        return isinstance(other, Statistic) and self._sort_key() == other._sort_key()

    def __hash__(self):
        return hash(self._sort_key())

    def __str__(self):
        text = f"{self.traceback}: size={_format_size(self.size, False)}, count={self.count}"
        if self.count:
            text += f", average={_format_size(self.size / self.count, False)}"
        return text

    def __repr__(self):
        return f"<Statistic traceback={self.traceback!r} size={self.size} count={self.count}>"


class StatisticDiff:
    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)

    def __eq__(self, other):
        return isinstance(other, StatisticDiff) and self._sort_key() == other._sort_key()

    def __hash__(self):
        return hash(self._sort_key())

    def __str__(self):
        text = (f"{self.traceback}: size={_format_size(self.size, False)} ({_format_size(self.size_diff, True)}), "
                f"count={self.count} ({self.count_diff:+d})")
        if self.count:
            text += f", average={_format_size(self.size / self.count, False)}"
        return text

    def __repr__(self):
        return (f"<StatisticDiff traceback={self.traceback!r} size={self.size} ({self.size_diff:+d}) "
                f"count={self.count} ({self.count_diff:+d})>")


def _glob_to_regex(pattern):
    import re
    out = []
    for ch in pattern:
        out.append('.*' if ch == '*' else '.' if ch == '?' else re.escape(ch))
    return ''.join(out)


class Filter:
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        self.inclusive = inclusive
        self.filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    def _frame_matches(self, pair):
        import re
        if re.fullmatch(_glob_to_regex(self.filename_pattern), pair[0]) is None:
            return False
        return self.lineno is None or pair[1] == self.lineno

    def _keeps(self, pairs):
        if self.domain not in (None, 0):
            return not self.inclusive
        pool = pairs if self.all_frames else pairs[:1]
        hit = any(self._frame_matches(p) for p in pool)
        return hit if self.inclusive else not hit


class DomainFilter:
    def __init__(self, inclusive, domain):
        self.inclusive = inclusive
        self.domain = domain

    def _keeps(self, pairs):
        return (self.domain == 0) == self.inclusive


class Snapshot:
    def __init__(self, raw, traceback_limit):
        # raw: [(size, ((filename, lineno), ...)), ...], frames innermost first
        self._raw = raw
        self.traceback_limit = traceback_limit

    @property
    def traces(self):
        return [Trace(size, Traceback(pairs)) for size, pairs in self._raw]

    def filter_traces(self, filters):
        kept = self._raw
        includes = [f for f in filters if f.inclusive]
        excludes = [f for f in filters if not f.inclusive]
        if includes:
            kept = [t for t in kept if any(f._keeps(t[1]) for f in includes)]
        for f in excludes:
            kept = [t for t in kept if f._keeps(t[1])]
        return Snapshot(kept, self.traceback_limit)

    def _grouped(self, key_type, cumulative):
        if key_type not in ('filename', 'lineno', 'traceback'):
            raise ValueError(f"unknown key_type: {key_type!r}")
        if cumulative and key_type == 'traceback':
            raise ValueError("cumulative mode cannot by used with key type 'traceback'")
        groups = _group(self._raw, key_type, cumulative)
        return {key: Statistic(Traceback(key), size, count) for key, size, count in groups}

    def statistics(self, key_type, cumulative=False):
        stats = list(self._grouped(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        new = self._grouped(key_type, cumulative)
        old = old_snapshot._grouped(key_type, cumulative)
        diffs = []
        for key, stat in new.items():
            before = old.pop(key, None)
            if before is None:
                diffs.append(StatisticDiff(stat.traceback, stat.size, stat.size, stat.count, stat.count))
            else:
                diffs.append(StatisticDiff(stat.traceback, stat.size, stat.size - before.size, stat.count, stat.count - before.count))
        for key, stat in old.items():
            diffs.append(StatisticDiff(stat.traceback, 0, -stat.size, 0, -stat.count))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs

    def dump(self, filename):
        raise PermissionError(1, "Operation not permitted in the sandbox", filename)


def take_snapshot():
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot(_traces(), get_traceback_limit())


def get_object_traceback(obj):
    return None
