// Golden runner: every case's stdout (and stderr/status) must match CPython's recorded output.
// With python3 on PATH, each .out is also checked against the real CPython (3.11 only).
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";
import { SKIP, SKIP_AREAS } from "./golden-skip";
import { loadCases } from "./golden-cases";

const cases = loadCases();

function python311(): boolean {
  try {
    const v = execFileSync("python3", ["--version"], { encoding: "utf8" });
    return v.startsWith("Python 3.11");
  } catch {
    return false;
  }
}
const HAVE_PY = process.env.SANDBOX_SKIP_CPYTHON ? false : python311();

describe("golden cases", () => {
  it("has a corpus", () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    const skipped = SKIP[c.key] ?? SKIP_AREAS[c.area];
    const run = () => runProgram(c.source, { filename: c.name });
    if (skipped) {
      // a skipped case that starts passing must be removed from golden-skip.ts
      it(`${c.key} still fails (skipped: ${skipped})`, () => {
        const r = run();
        const passes = r.stdout === c.out && r.exitCode === c.status && r.stderr === (c.err ?? "");
        expect(passes, "now passes: remove it from golden-skip.ts").toBe(false);
      }, 30_000);
      continue;
    }
    it(
      c.key,
      () => {
        const r = run();
        expect(r.stdout).toBe(c.out);
        expect(r.exitCode).toBe(c.status);
        expect(r.stderr).toBe(c.err ?? "");
      },
      30_000,
    );
  }
});

// The goldens are CPython's output with stdout buffered as usual (a piped child's output appears
// at its exit), so PYTHONUNBUFFERED from the caller's environment must not leak in.
// The sandbox's str hash is CPython's with PYTHONHASHSEED=0 (sets of strings print in its order).
const PY_ENV: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: "0" };
delete PY_ENV.PYTHONUNBUFFERED;

// CPython's own timing drifts when the machine is loaded by the other test files, so allow retries.
describe.runIf(HAVE_PY)("goldens agree with CPython", { retry: 2 }, () => {
  for (const c of cases) {
    it(
      c.key,
      () => {
        const r = spawnSync("python3", [c.name], { cwd: c.dir, encoding: "utf8", timeout: 30_000, env: PY_ENV });
        expect(r.stdout).toBe(c.out);
        expect(r.status).toBe(c.status);
      },
      40_000,
    );
  }
});
