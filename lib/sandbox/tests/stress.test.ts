// Stress run (Skulpt's "suspend everywhere" idea): a GIL hand-over after every instruction
// whenever another thread wants it, with three seeds. Output must still equal the golden.
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";
import { SKIP, SKIP_AREAS } from "./golden-skip";
import { loadCases } from "./golden-cases";

const cases = loadCases().filter((c) => !(SKIP[c.key] ?? SKIP_AREAS[c.area]));
/** cases whose output legitimately depends on timing granularity (printed elapsed times / races) */
const TIMING_SENSITIVE = new Set([
  "cpu/gil_no_speedup",
  "cpu/preemption",
  "cpu/threads_vs_sequential",
  "cpu/sleeper_vs_cpu",
  "cpu/lock_counter",
  "threading/switchinterval",
  // these print in an order that depends on when the first preemption lands (Thread.start handshake)
  "threading/child_runs_first",
  "threading/start_order",
  "threading/lock_basics",
]);

describe("stress: switch interval of one instruction", () => {
  for (const c of cases) {
    if (TIMING_SENSITIVE.has(c.key)) continue;
    it(
      c.key,
      () => {
        for (const seed of [1, 2, 3]) {
          const r = runProgram(c.source, { filename: c.name, switchIntervalInstructions: 1, seed });
          expect(r.stdout).toBe(c.out);
        }
      },
      60_000,
    );
  }
});
