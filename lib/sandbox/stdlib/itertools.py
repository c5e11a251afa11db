# itertools for the sandbox: each yields the sequence the CPython docs specify (generators, and
# classes where the objects themselves show, as groupby's groups do).
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
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
    for it in iterables:
        for x in it:
            yield x
def _from_iterable(iterables):
    for it in iterables:
        for x in it:
            yield x
chain.from_iterable = _from_iterable
def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x
def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj
def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total
def takewhile(pred, iterable):
    for x in iterable:
        if pred(x):
            yield x
        else:
            break
def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    for x in it:
        yield x
def starmap(func, iterable):
    for args in iterable:
        yield func(*args)
def zip_longest(*args, fillvalue=None):
    iters = [iter(a) for a in args]
    n = len(iters)
    while True:
        out = []
        done = 0
        for it in iters:
            try:
                out.append(next(it))
            except StopIteration:
                done += 1
                out.append(fillvalue)
        if done == n:
            return
        yield tuple(out)
def product(*args, repeat=1):
    pools = [tuple(p) for p in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)
def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return
def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)
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
    return (d for d, s in zip(data, selectors) if s)
def filterfalse(pred, iterable):
    for x in iterable:
        if not (bool(x) if pred is None else pred(x)):
            yield x
def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))
