// The warm-up program the Web Worker and the server's sandbox threads run at load (warm-up.ts)
// must run cleanly, and must leave nothing behind that a learner's later run could observe.
import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import type * as TSandbox from "../index";
import type * as TStrCp from "../runtime/str-cp";

// each test gets a fresh copy of the sandbox's modules, as a newly loaded worker has
async function freshSandbox(): Promise<{ sandbox: typeof TSandbox; strCp: typeof TStrCp }> {
  vi.resetModules();
  const sandbox = (await import("../index")) as typeof TSandbox;
  const strCp = (await import("../runtime/str-cp")) as typeof TStrCp;
  return { sandbox, strCp };
}

// a learner's kind of program touching what the warm-up touched: classes, dicts, sets of
// strings (their order depends on the hash seed), exceptions, threads, asyncio and the clock
const LATER = `
import asyncio, threading, time
class P:
    def __init__(self, x):
        self.x = x
names = {"alpha", "beta", "gamma", "delta"}
print(sorted(names) == sorted(list(names)), list(names))
d = {str(i): P(i) for i in range(5)}
print(sum(p.x for p in d.values()), len("a\\u00e9b"))
try:
    int("x")
except ValueError as e:
    print(e)
def work(n):
    time.sleep(0.01 * n)
ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
start = time.perf_counter()
for t in ts: t.start()
for t in ts: t.join()
print(round(time.perf_counter() - start, 3))
async def main():
    await asyncio.sleep(0.5)
    return "done"
print(asyncio.run(main()))
`;

describe("the engine's warm-up", () => {
  it("runs cleanly and prints what CPython prints", async () => {
    const { sandbox } = await freshSandbox();
    const { WARM_UP_SOURCE } = await import("../warm-up");
    const r = sandbox.runProgram(WARM_UP_SOURCE);
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    const cpython = execFileSync("python3", ["-c", WARM_UP_SOURCE], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
    expect(r.stdout).toBe(cpython);
  });

  it("runs once per realm and reports success", async () => {
    const { sandbox } = await freshSandbox();
    expect(sandbox.warmUpEngine()).toBe(true);
    expect(sandbox.warmUpEngine()).toBe(true);
  });

  it("leaves the str code-point flag off: its program has no character beyond U+FFFF", async () => {
    const { sandbox, strCp } = await freshSandbox();
    sandbox.warmUpEngine();
    // with the flag off, a string's UTF-16 units are taken for its code points
    expect(strCp.hasPairs("a\u{1F600}b")).toBe(false);
  });

  it("changes nothing a later run prints, counts or schedules", async () => {
    const { sandbox } = await freshSandbox();
    const before = sandbox.runProgram(LATER);
    sandbox.warmUpEngine();
    const after = sandbox.runProgram(LATER);
    expect(before.stderr).toBe("");
    expect(after.stdout).toBe(before.stdout);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.trace).toEqual(before.trace);
  });

  it("matches a never-warmed engine on a run that comes first", async () => {
    const cold = (await freshSandbox()).sandbox.runProgram(LATER);
    const warmed = await freshSandbox();
    warmed.sandbox.warmUpEngine();
    const r = warmed.sandbox.runProgram(LATER);
    expect(r.stdout).toBe(cold.stdout);
    expect(r.metrics).toEqual(cold.metrics);
    expect(r.trace).toEqual(cold.trace);
  });
});
