// The dispatch loop runs some instruction sequences in one dispatch (vm/run.ts: a local load with
// the constant, operation and jump after it, a jump or a local load with the return after it...).
// Each fused instruction must still count as one, because instruction counts are the virtual
// clock (and the thread switches and clock reads it drives): these totals and outputs are what
// the VM counted and printed before any of them was fused.
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";

const PROGRAMS: [string, string, number, string][] = [
  ["recursive fib", "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(10))\n", 2041, "55\n"],
  [
    "returns of locals and sums",
    "def f(a, b):\n    return a\ndef g(a):\n    x = a + 1\n    return x + a\nt = 0\nfor i in range(50):\n    t += f(i, 2) + g(i)\nprint(t)\n",
    1217,
    "3725\n",
  ],
  [
    "a generator yielding a conditional",
    "def gen(n):\n    for i in range(n):\n        yield i if i % 2 else -i\n    return n\nprint(sum(gen(20)), list(gen(3)))\n",
    462,
    "10 [0, 1, -2]\n",
  ],
  [
    "methods and __init__",
    "class V:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\nprint(sum(V(i).get() for i in range(30)))\n",
    849,
    "435\n",
  ],
  [
    "a clock read around recursion",
    "import time\ndef f(n):\n    return n if n < 1 else f(n - 1) + 1\ns = time.perf_counter_ns()\nf(20)\ne = time.perf_counter_ns()\nprint(e - s)\n",
    272,
    "1094\n",
  ],
  [
    "the recursion limit reached through a fused call",
    "import sys\nsys.setrecursionlimit(60)\ndef down(n):\n    return down(n + 1)\ntry:\n    down(0)\nexcept RecursionError as e:\n    print('caught', e)\n",
    328,
    "caught maximum recursion depth exceeded\n",
  ],
  [
    "threads switching inside recursive calls",
    "import threading, time, sys\nsys.setswitchinterval(0.00002)\nlog = []\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\ndef work(name):\n    for _ in range(3):\n        fib(12)\n        log.append((name, round(time.perf_counter() * 1e6)))\nts = [threading.Thread(target=work, args=(k,)) for k in 'ab']\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(log)\n",
    33020,
    "[('a', 26), ('a', 69), ('b', 86), ('a', 112), ('b', 118), ('b', 141)]\n",
  ],
  [
    "__init__ returning through its shim, with super()",
    "class P:\n    def __init__(self, a):\n        self.a = a\nclass Q(P):\n    def __init__(self, a):\n        super().__init__(a)\n        self.b = 1\nprint(sum(Q(i).a + P(i).a for i in range(10)))\n",
    515,
    "90\n",
  ],
];

describe("fused instructions keep the instruction count", () => {
  for (const [name, src, instructions, stdout] of PROGRAMS) {
    it(name, () => {
      const r = runProgram(src, {});
      expect(r.stdout).toBe(stdout);
      expect(r.metrics.instructions).toBe(instructions);
    });
  }
});
