# itertools for the sandbox: each yields the sequence the CPython docs specify (generators, and
# classes where the objects themselves show, as groupby's groups do).
# The combinatoric ones walk index tuples like an odometer (the rightmost position that can still
# move moves, everything to its right restarts as low as it may), which gives CPython's order.
def count(start=0, step=1):
    value = start
    while True:
        yield value
        value += step
def islice(iterable, *args):
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    for v in (start, stop):
        if v is not None and (not isinstance(v, int) or v < 0):
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    # never pull an item past `stop`: what follows stays in the underlying iterator
    count = 0
    target = start
    while True:
        while count < target:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        target += step
        if stop is not None and target > stop:
            target = stop
        yield item
def chain(*iterables):
    for source in iterables:
        yield from source
def _chain_from_iterable(iterables):
    for source in iterables:
        yield from source
chain.from_iterable = _chain_from_iterable
def cycle(iterable):
    # the first pass yields while it records; later passes replay the record
    seen = []
    for item in iterable:
        yield item
        seen.append(item)
    if seen:
        while True:
            yield from seen
def repeat(obj, times=None):
    forever = times is None
    left = 0 if forever else times
    while forever or left > 0:
        left -= 1
        yield obj
def accumulate(iterable, func=None, *, initial=None):
    items = iter(iterable)
    have_total = initial is not None
    total = initial
    if have_total:
        yield total
    for item in items:
        if not have_total:
            total, have_total = item, True
        elif func is None:
            total = total + item
        else:
            total = func(total, item)
        yield total
def takewhile(pred, iterable):
    for item in iterable:
        if not pred(item):
            return
        yield item
def dropwhile(pred, iterable):
    dropping = True
    for item in iterable:
        if dropping:
            if pred(item):
                continue
            dropping = False
        yield item
def starmap(func, iterable):
    for args in iterable:
        yield func(*args)
def zip_longest(*args, fillvalue=None):
    iters = [iter(a) for a in args]
    live = len(iters)
    while live:
        out = []
        for i, it in enumerate(iters):
            if it is None:
                # an exhausted iterator is not asked again
                out.append(fillvalue)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                iters[i] = None
                live -= 1
                if not live:
                    return
                out.append(fillvalue)
        yield tuple(out)
def product(*args, repeat=1):
    pools = []
    for source in args:
        pools.append(tuple(source))
    pools = pools * repeat
    for pool in pools:
        if not pool:
            return
    width = len(pools)
    digits = [0] * width
    while True:
        yield tuple([pools[k][digits[k]] for k in range(width)])
        pos = width - 1
        while pos >= 0:
            digits[pos] += 1
            if digits[pos] < len(pools[pos]):
                break
            digits[pos] = 0
            pos -= 1
        if pos < 0:
            return
def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    picks = list(range(r))
    taken = [k < r for k in range(n)]
    while True:
        yield tuple([pool[k] for k in picks])
        # free positions from the right until one can take a larger index that is still free
        pos = r - 1
        while pos >= 0:
            taken[picks[pos]] = False
            bigger = picks[pos] + 1
            while bigger < n and taken[bigger]:
                bigger += 1
            if bigger < n:
                break
            pos -= 1
        if pos < 0:
            return
        picks[pos] = bigger
        taken[bigger] = True
        lowest = 0
        for slot in range(pos + 1, r):
            while taken[lowest]:
                lowest += 1
            picks[slot] = lowest
            taken[lowest] = True
def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    # a strictly increasing run of r indices; position p can go no higher than n - r + p
    picks = list(range(r))
    while True:
        yield tuple([pool[k] for k in picks])
        pos = r - 1
        while pos >= 0 and picks[pos] == n - r + pos:
            pos -= 1
        if pos < 0:
            return
        low = picks[pos] + 1
        picks[pos:] = list(range(low, low + r - pos))
def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)
    if n == 0 and r:
        return
    # a non-decreasing run of r indices into pool, advanced like an odometer
    picks = [0] * r
    while True:
        yield tuple(pool[i] for i in picks)
        pos = r - 1
        while pos >= 0 and picks[pos] == n - 1:
            pos -= 1
        if pos < 0:
            return
        picks[pos:] = [picks[pos] + 1] * (r - pos)
_EMPTY = object()


class groupby:
    """Lazy, as the docs describe: one shared iterator, each element's key computed once, and a
    group that goes empty once the outer iterator moves past it (only the newest group reads
    from the shared iterator)."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _EMPTY
        self._key = _EMPTY
        self._value = _EMPTY
        self._current = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __next__(self):
        self._current = None
        # pass over what is left of the group before, then start the next one
        while True:
            if self._key is _EMPTY:
                pass
            elif self._target is _EMPTY or not (self._target == self._key):
                break
            self._step()
        self._target = self._key
        self._current = _grouper(self, self._target)
        return self._key, self._current


class _grouper:
    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._value is _EMPTY:
            parent._step()
        if not (self._target == parent._key):
            raise StopIteration
        value = parent._value
        parent._value = _EMPTY
        return value


_grouper.__module__ = groupby.__module__ = 'itertools'


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
def compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item
def filterfalse(pred, iterable):
    for x in iterable:
        if not (bool(x) if pred is None else pred(x)):
            yield x
def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))
