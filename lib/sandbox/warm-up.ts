// Warm-up of the engine where it is loaded (the browser's Web Worker, the server's sandbox
// threads): one built-in program, run once before any learner's program, its output discarded.
//
// Why: the interpreter's dispatch loop (vm/run.ts) is one large function. V8 optimises it for the
// paths it has seen run; the first program that takes a path it has not seen (a dict lookup, a
// method call on a str, a raise) throws that optimised code away and compiles the loop again, and
// each such cycle costs tens of ms of compiler time inside a learner's first runs. Running the
// common paths once at load gives V8 that type feedback before the learner's first Run.
//
// What a later run can observe is unchanged: every run is a fresh Program (its own globals,
// modules, classes and scheduler), and the realm-wide state a run could see is either reset by
// Program's constructor (hash seed, int digit limit, user hashes) or only ever set by a program's
// own text. The one sticky flag, runtime/str-cp.ts's "a character beyond U+FFFF has been seen",
// stays off because this program holds none (a test checks it). id() values come from a
// realm-wide counter that was never reset between runs; no output may depend on them.
import { runProgram } from "./index";

// Own code, written for coverage of the dispatch loop, not for any benchmark: arithmetic on small
// and big ints and on floats, calls with positional, keyword and default arguments, recursion,
// closures, str, list, dict,
// set and tuple operations and methods, comprehensions and generator expressions, classes with
// methods, properties and inheritance, exceptions raised and caught, `with`, and the modules the
// page's examples import (asyncio, threading, time, queue), whose compiled code is then cached.
export const WARM_UP_SOURCE = `
import asyncio, threading, time, queue

def area(w, h=2, *, scale=1):
    return w * h * scale

def counter():
    n = 0
    def bump(step=1):
        nonlocal n
        n += step
        return n
    return bump

def steps(n):
    return 1 if n < 2 else steps(n - 1) + steps(n - 2)

def clamp(x, lo, hi):
    return x if lo <= x <= hi else (lo if x < lo else hi)

def depth(node):
    if not node:
        return 0
    return 1 + max(depth(child) for child in node)

class Shape:
    kind = "shape"
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides
    def describe(self):
        return f"{self.name} has {self.sides} sides"
    @property
    def even(self):
        return self.sides % 2 == 0

class Square(Shape):
    def __init__(self, side):
        super().__init__("square", 4)
        self.side = side
    def describe(self):
        return super().describe() + " of " + str(self.side)

class Box:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def crunch(rounds):
    total = 0
    ratio = 0.5
    words = []
    seen = {}
    tally = set()
    bump = counter()
    big = 1
    n = rounds
    while n > 0:
        big = big * 1000003 + n
        if big > 10 ** 15:
            big = big % 1000000007 + 2 ** 40
        n -= 1
    total += big % 1000 + steps(12) + depth([[[]], [[], [[]]]])
    for i in range(rounds):
        total += i * 3 - i // 2 + i % 7 + clamp(i, 5, 50)
        total += i * 100003 * 31 if total < 10 ** 12 else -total // 2
        ratio = ratio * 1.01 - 0.001 if i & 1 else ratio + 0.25
        w = "k" + str(i % 37)
        words.append(w)
        seen[w] = seen.get(w, 0) + 1
        if w in seen and i > 2:
            tally.add(len(w))
        pair = (i, w)
        a, b = pair
        total += area(a, scale=2) - area(a, 3)
        bump()
        s = Square(i) if i % 3 else Shape("tri", 3)
        total += s.sides + len(s.describe()) + (1 if s.even else 0)
        try:
            if i % 11 == 0:
                raise ValueError("eleven " + str(i))
            total += [1, 2, 3][i % 4]
        except ValueError as e:
            total += len(str(e))
        except IndexError:
            total -= 1
        finally:
            total += 1
        with Box():
            total += 2
    pairs = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))
    squares = [x * x for x in range(rounds) if x % 2]
    index = {w: n for w, n in pairs[:20]}
    joined = ",".join(w.upper() for w in words[:40])
    parts = joined.lower().split(",")
    text = " ".join(parts).replace("k1", "K1").strip()
    found = text.find("k2") + text.count("k") + len(text[3:17]) + (text.startswith("k") and 1 or 0)
    flags = any(x > 100 for x in squares) and all(isinstance(x, int) for x in squares[:10])
    lists = list(zip(parts, range(10))) + list(enumerate(parts[:3]))
    nums = list(map(abs, [-3, 4, -5])) + list(filter(None, [0, 1, 2]))
    return (total, round(ratio, 3), len(index), found, flags, sum(squares), max(nums), min(nums),
            len(lists), sorted(tally), bump(0), bytes(joined[:5], "ascii").hex(), f"{ratio:.2f}")

def worker(q, out, lock):
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            out.append(item * 2)
        time.sleep(0.001)

async def job(n):
    await asyncio.sleep(0.001 * n)
    return n * n

async def main():
    return sum(await asyncio.gather(*(job(n) for n in range(5))))

for _ in range(2):
    print(crunch(100))
q = queue.Queue()
out = []
lock = threading.Lock()
threads = [threading.Thread(target=worker, args=(q, out, lock)) for _ in range(2)]
for t in threads:
    t.start()
for n in range(20):
    q.put(n)
for t in threads:
    q.put(None)
for t in threads:
    t.join()
print(sorted(out)[:3], asyncio.run(main()), time.perf_counter() > 0)
`;

let warmed = false;

/** Runs the warm-up program once per JS realm; later calls return at once. Returns whether it
 * ran cleanly (a failure only costs speed, so callers may ignore it; a test does not). */
export function warmUpEngine(): boolean {
  if (warmed) return true;
  warmed = true;
  const result = runProgram(WARM_UP_SOURCE, { stdout: () => {}, stderr: () => {} });
  return result.exitCode === 0 && result.error === undefined;
}
