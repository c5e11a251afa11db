# list.sort/sorted make CPython's comparisons (timsort: runs, binary insertion, powersort merges, galloping), so errors name the same pair and a failed sort leaves the same order
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n

log = []
class K:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

def check(vals, **kw):
    log.clear()
    xs = [K(v) for v in vals]
    xs.sort(**kw)
    print(len(vals), len(log), log[:4], hash(tuple(log)) % 1000003, [k.v for k in xs][:6])

for n in [0, 1, 2, 5, 31, 64, 65, 100, 257, 700]:
    check([rand(50) for _ in range(n)])
    check([rand(1000) / 7 for _ in range(n)], reverse=True)
check(list(range(200)) + list(range(100, 0, -1)) + [rand(300) for _ in range(400)])
check(sorted(rand(2000) for _ in range(1000)) + sorted((rand(2000) for _ in range(300)), reverse=True) + list(range(500)))
check([i % 7 for i in range(1000)])
check([-(i // 3) for i in range(999)], reverse=True)

words = ["pear", "fig", "apple", "kiwi", "banana", "date"] * 20
words = [words[rand(len(words))] for _ in range(120)]
log.clear()
print(sorted(words, key=lambda w: K(len(w)))[:8], len(log))

class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError(f"cannot compare {self.v} and {other.v}")
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

for n in [20, 120]:
    xs = [Bad((i * 37) % n) for i in range(n)]
    try:
        xs.sort()
    except ValueError as e:
        print(e, xs)

for data in [[3, 1, "a", 2, None, 5], [1, 2, 3, 4, "x", 5, 6, 7, 8, 9, 10, 0], list(range(70)) + ["z"] + list(range(30))]:
    try:
        data.sort()
    except TypeError as e:
        print(e, data[:12])
try:
    sorted([(1, "a"), (1, 2), (0, None)])
except TypeError as e:
    print(e)

lst = [5, 3, 1]
def grow(x):
    lst.append(9)
    return x
try:
    lst.sort(key=grow)
except ValueError as e:
    print(e, lst)
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: t[0], reverse=True))
