// tracemalloc and gc's counters where the sandbox's model differs from CPython's machinery and a
// golden cannot show it: "still allocated" means "still reachable" (no reference counts), the
// peak is the highest size a look saw, and gc's counters do not subtract deallocations. The
// sizes themselves are CPython's: cases/modules/tracemalloc_sizes.py and friends.
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";
import { birthWatcher } from "../runtime/births";

const run = (source: string): string[] => {
  const r = runProgram(source, { filename: "main.py" });
  expect(r.stderr).toBe("");
  return r.stdout.trimEnd().split("\n");
};

describe("tracemalloc", () => {
  it("counts what the run can still reach: a deleted list is released", () => {
    const [made, freed] = run(
      "import tracemalloc\ntracemalloc.start()\nx = [None] * 100_000\nprint(tracemalloc.get_traced_memory()[0])\ndel x\nprint(tracemalloc.get_traced_memory()[0])\n",
    );
    // the list object and its 100,000 item pointers, as [None] * n allocates them
    expect(Number(made)).toBe(56 + 800_000);
    expect(Number(freed)).toBeLessThan(200);
  });

  it("keeps the highest size a look saw as the peak, until reset_peak", () => {
    const out = run(
      "import tracemalloc\ntracemalloc.start()\nx = [None] * 1000\nprint(tracemalloc.get_traced_memory())\ndel x\n" +
        "print(tracemalloc.get_traced_memory())\ntracemalloc.reset_peak()\nprint(tracemalloc.get_traced_memory())\n",
    );
    // the ints of the first answer were printed, not kept: nothing is left
    expect(out).toEqual(["(8056, 8056)", "(0, 8056)", "(0, 0)"]);
  });

  it("traces up to nframe of the program's frames, innermost last in format()", () => {
    const out = run(
      "import tracemalloc\n\ndef make():\n    return [f'abc{n}' * 3 for n in range(5)]\n\ndef outer():\n    return make()\n\n" +
        "tracemalloc.start(2)\nkept = outer()\nstat = tracemalloc.take_snapshot().statistics('traceback')[0]\nprint(stat.count, stat.size)\nfor line in stat.traceback.format():\n    print(line)\n",
    );
    // five strs of 61 bytes, held by the list (56) and its item array grown to 8 slots (64)
    expect(out[0]).toBe("7 425");
    expect(out.slice(1)).toEqual(['  File "main.py", line 7', "    return make()", '  File "main.py", line 4', "    return [f'abc{n}' * 3 for n in range(5)]"]);
  });

  it("counts equal strs and ints once per object holding them, and once per variable", () => {
    const out = run(
      "import tracemalloc\nclass P:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\ntracemalloc.start()\n" +
        "p = P(10**6, 10**6)\nbefore = tracemalloc.get_traced_memory()[0]\na = b = 'x' * 50\nprint(before, tracemalloc.get_traced_memory()[0] - before)\n",
    );
    // the instance (56), its inline values (32) and one int (32); then the str once per variable
    // (99 bytes each; 120, in `before`, is one of the small ints CPython shares)
    expect(out).toEqual(["120 198"]);
  });

  it("stops watching births once tracing stops, and starts again clean", () => {
    const out = run(
      "import tracemalloc\ntracemalloc.start()\nx = [1.5, 2.5]\nprint(tracemalloc.get_traced_memory()[0] > 0)\ntracemalloc.stop()\n" +
        "print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())\ntracemalloc.start()\nprint(tracemalloc.get_traced_memory())\n",
    );
    expect(out).toEqual(["True", "False (0, 0)", "(0, 0)"]);
    // the next run starts with the constructor's watcher slot empty
    run("print(1)");
    expect(birthWatcher).toBeNull();
  });
});

describe("gc counters", () => {
  it("collects generation 1 once its count passes 10, as CPython's thresholds do", () => {
    const out = run(
      "import gc\ngc.collect()\nkeep = []\nseen = []\nfor i in range(700 * 16):\n    keep.append([])\n    g = gc.get_count()[1:]\n    if g not in seen:\n        seen.append(g)\nprint(seen[:14])\n",
    );
    const pairs = [...Array.from({ length: 12 }, (_, i) => `(${i}, 0)`), "(0, 1)", "(1, 1)"];
    expect(out).toEqual([`[${pairs.join(", ")}]`]);
  });

  it("does not count while disabled thresholds would collect, and lists only reachable objects", () => {
    const out = run(
      "import gc\nclass Leaf:\n    pass\ngc.disable()\ngc.collect()\nkeep = [Leaf() for _ in range(800)]\nprint(gc.get_count()[0] > 800, gc.get_count()[1:])\n" +
        "del keep[:300]\nprint(sum(1 for o in gc.get_objects() if type(o) is Leaf))\n",
    );
    expect(out).toEqual(["True (0, 0)", "500"]);
  });
});
