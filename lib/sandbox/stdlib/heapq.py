# heapq for the sandbox.
#
# What it reproduces from CPython 3.11: a min-heap in a list where heap[k] <= heap[2k+1] and
# heap[2k+2]; only < is used to compare. Popping moves the last item to the root and lets it
# fall: the hole goes all the way down to a leaf, always towards the smaller child (the right
# one when the left is not smaller), and the item then rises back into place. That is the
# order CPython's heapq uses, so equal priorities leave in the same order and a key with a
# custom __lt__ sees the same comparisons. nlargest/nsmallest equal sorted(...)[:n] as the
# documentation says; merge yields the merged sorted stream. The code is the sandbox's own.


def _rise(heap, top, pos):
    """Moves heap[pos] up towards index `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _fall(heap, pos):
    """Re-seats heap[pos]: pull the smaller child up until a leaf is free, then let the item
    rise from there."""
    size = len(heap)
    item = heap[pos]
    start = pos
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _fall(heap, 0)
    return smallest


def heapreplace(heap, item):
    smallest = heap[0]
    heap[0] = item
    _fall(heap, 0)
    return smallest


def heappushpop(heap, item):
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _fall(heap, 0)
        return smallest
    return item


def heapify(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _fall(x, pos)


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    # a heap of [sort key, input number, current value, iterator]; the input number breaks
    # ties so earlier inputs go first, as the merge is documented to be stable
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append([_Reversed(k) if reverse else k, number, value, it])
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _Reversed:
    __slots__ = ('k',)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k
