// One instruction can hide an enormous amount of work: big-integer arithmetic and large sequences
// are charged before they run (runtime/big-work.ts), so such programs stop at once with the
// budget error or a MemoryError instead of hanging the worker or exhausting its memory.
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";

function timed(src: string, opts = {}) {
  const t0 = performance.now();
  const r = runProgram(src, opts);
  return { r, ms: performance.now() - t0 };
}

describe("work hidden in one instruction", () => {
  it("stops 10 ** (10 ** 8) with the budget error before computing it", () => {
    const { r, ms } = timed("x = 10 ** (10 ** 8)\nprint('done')\n");
    expect(r.error?.kind).toBe("budget");
    expect(r.error?.message).toMatch(/instruction budget of 200000000 instructions exhausted: raising a big integer to a power would take about [\d,]+ s of CPU/);
    expect(r.stdout).toBe("");
    expect(ms).toBeLessThan(2000);
  });

  it("raises MemoryError for [0] * 10 ** 9 before allocating, and the program can catch it", () => {
    const { r, ms } = timed("x = [0] * 10**9\n");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/MemoryError: a list of 7,629 MB is more than the sandbox's 128 MB limit for one object\n$/);
    expect(ms).toBeLessThan(2000);
    const caught = runProgram("try:\n    x = [0] * 10**9\nexcept MemoryError:\n    print('caught')\n");
    expect(caught.stdout).toBe("caught\n");
  });

  it("refuses other oversized objects the same way", () => {
    for (const expr of ["'ab' * 10**10", "bytes(10**10)", "list(range(10**9))", "1 << 10**10", "2 ** (10**400)", "(1,) * 10**9", "'x'.ljust(10**10)", "f'{1:>{10**10}}'"]) {
      const { r, ms } = timed(`x = ${expr}\n`);
      expect(r.stderr, expr).toMatch(/MemoryError: .* is more than the sandbox's 128 MB limit for one object\n$/);
      expect(ms, expr).toBeLessThan(2000);
    }
  });

  it("charges big-integer work as CPU time and instructions", () => {
    const src = "import time\nt = time.perf_counter()\nx = 3 ** 1_000_000\nprint(time.perf_counter() - t)\n";
    const { r } = timed(src);
    // ~53,000 30-bit digits squared by Karatsuba: millions of digit operations
    expect(Number(r.stdout)).toBeGreaterThan(0.005);
    expect(r.metrics.instructions).toBeGreaterThan(1_000_000);
    // the same work with a budget too small for it stops with the budget error
    const small = runProgram("x = 3 ** 1_000_000\n", { instructionBudget: 100_000 });
    expect(small.error?.kind).toBe("budget");
  });

  it("leaves ordinary big-integer programs alone", () => {
    const r = runProgram("import math\nprint(2 ** 100, math.factorial(30) % 1000003, (7 ** 300) // (3 ** 200) % 10, [0] * 3, 'ab' * 2)\n");
    // CPython 3.11's output
    expect(r.stdout).toBe("1267650600228229401496703205376 90317 6 [0, 0, 0] abab\n");
    expect(r.metrics.instructions).toBeLessThan(1000);
  });
});

// A builtin walking an endless iterator, or a callback looping for ever inside one, is one
// instruction of the caller: the items it takes and the callback's loops count against the budget
// and poll Stop, as a Python loop does.
describe("natives walking endless iterators", () => {
  const endless = {
    "str.join over a generator": 'def g():\n    while True:\n        yield "a"\n"".join(g())\n',
    "sum over iter(int, 1)": "sum(iter(int, 1))\n",
    "any over iter(int, 1)": "any(iter(int, 1))\n",
    "in over iter(int, 1)": "2 in iter(int, 1)\n",
    "list over itertools.count": "import itertools\nlist(itertools.count())\n",
    "sorted over itertools.repeat": "import itertools\nsorted(itertools.repeat(1))\n",
    "a sort key that never returns": "def k(x):\n    while True:\n        pass\nsorted([2, 1], key=k)\n",
  };
  for (const [what, src] of Object.entries(endless)) {
    it(`stops ${what} with the budget error`, () => {
      const r = runProgram(src, { instructionBudget: 300_000 });
      expect(r.error?.kind).toBe("budget");
      expect(r.error?.message).toMatch(/instruction budget of 300000 instructions exhausted \(infinite loop\?\)/);
    });
    it(`stops ${what} when asked to`, () => {
      let polls = 0;
      const r = runProgram(src, { shouldStop: () => ++polls > 3 });
      expect(r.error?.kind).toBe("stopped");
    });
  }
  it("charges the items a native walks to the thread's clock", () => {
    const r = runProgram("import time\nt = time.process_time()\nsum(iter(range(1_000_000)))\nprint(time.process_time() - t > 0.002)\n");
    expect(r.stdout).toBe("True\n");
  });
});
