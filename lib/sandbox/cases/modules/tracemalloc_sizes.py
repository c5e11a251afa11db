# modules: tracemalloc traces what CPython 3.11 asks its allocator for: strs by width (distinct ones: the sandbox counts equal strs in one list once), ints by digits, floats, bytes, tuples, lists and their item arrays (append over-allocates), dicts and their keys tables, sets, instances with __slots__
import tracemalloc


def drain():
    # CPython hands out freed lists, dicts, tuples and floats again from free lists, which
    # tracemalloc does not see as new; holding a few hundred of each empties those lists, so
    # every object measured after it is a new allocation
    return [([], {}, {'k': i}, (i,), (i, i), (i, i, i), i * 0.5) for i in range(300)]


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


# the first instance of a class also makes the class's shared keys
first = Slotted(0, 0)

kinds = [
    ('ascii 10', lambda: [f'{i:02d}' * 5 for i in range(100)]),
    ('ascii 100', lambda: ['a' * 98 + f'{i:02d}' for i in range(100)]),
    ('latin-1', lambda: ['é' * 8 + f'{i:02d}' for i in range(100)]),
    ('ucs-2', lambda: ['€' * 8 + f'{i:02d}' for i in range(100)]),
    ('ucs-4', lambda: ['😀' * 8 + f'{i:02d}' for i in range(100)]),
    ('int', lambda: [10**6 + i for i in range(100)]),
    ('int 2 digits', lambda: [10**12 + i for i in range(100)]),
    ('float', lambda: [i * 0.25 for i in range(100)]),
    ('bytes', lambda: [b'ab' * (10 + i % 1) for i in range(100)]),
    ('tuple 25', lambda: [tuple(range(i, i + 25)) for i in range(100)]),
    ('list 3', lambda: [[i, i, i] for i in range(100)]),
    ('list(range(5))', lambda: [list(range(5)) for i in range(100)]),
    ('appended', lambda: [None for i in range(1000)]),
    ('dict str keys', lambda: [{'a': i, 'b': i} for i in range(100)]),
    ('dict int keys', lambda: [{i: i, i + 1: i} for i in range(100)]),
    ('dict 6 keys', lambda: [{'a': i, 'b': i, 'c': i, 'd': i, 'e': i, 'f': i} for i in range(100)]),
    ('set 3', lambda: [{i, i + 1, i + 2} for i in range(100)]),
    ('set 10', lambda: [set(range(i, i + 10)) for i in range(100)]),
    ('slots', lambda: [Slotted(i, i) for i in range(100)]),
]
for label, make in kinds:
    held = drain()
    tracemalloc.start()
    kept = make()
    current = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"{label}: {current} bytes")
    # an int the sandbox saw before start() counts as old there (its ints have no identity)
    del held, kept, current
