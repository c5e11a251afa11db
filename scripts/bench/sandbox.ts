// Benchmark: CPU-bound programs in the sandbox VM vs CPython, plus scale runs (asyncio tasks,
// threads) showing how run time grows for 10x more work. Usage: npm run bench:sandbox
// [-- --against REF] [--cpu-only]
//
// --against REF also bundles lib/sandbox as it is at git commit REF and runs it interleaved with
// the working tree's, program by program, so a refactor is compared with its base in one run
// under the same machine load (columns "REF warm" and "now/REF").
//
// The VM is measured as an esbuild bundle, the form it ships in (the browser's Web Worker and the
// server's worker thread are both bundles): tsx's per-file CommonJS output turns every imported
// binding read into a getter call, which no production build does.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { runProgram as RunProgram } from "../../lib/sandbox/index";

const root = join(__dirname, "..", "..");
let runProgram: typeof RunProgram;
let runAgainst: typeof RunProgram | null = null;

async function bundleSandbox(sourceRoot: string, outfile: string): Promise<typeof RunProgram> {
  await build({
    entryPoints: [join(sourceRoot, "lib", "sandbox", "index.ts")],
    outfile,
    bundle: true,
    platform: "neutral",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { runProgram: typeof RunProgram };
  return mod.runProgram;
}

/** lib/sandbox at commit `ref`, extracted under .bench/ (node_modules resolve from the repository
 * root above it), with its generated stdlib module when that commit has one. */
async function bundleAtCommit(ref: string): Promise<typeof RunProgram> {
  const sha = execFileSync("git", ["rev-parse", "--short", ref], { cwd: root, encoding: "utf8" }).trim();
  const dir = join(root, ".bench", `at-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = ["lib/sandbox", "scripts/build-sandbox-stdlib.mjs"].filter(
    (p) => spawnSync("git", ["cat-file", "-e", `${sha}:${p}`], { cwd: root }).status === 0,
  );
  const tar = join(dir, "src.tar");
  execFileSync("git", ["archive", "-o", tar, sha, ...paths, ":(exclude)lib/sandbox/cases"], { cwd: root });
  execFileSync("tar", ["-x", "-f", tar, "-C", dir]);
  if (existsSync(join(dir, "scripts", "build-sandbox-stdlib.mjs"))) execFileSync(process.execPath, [join(dir, "scripts", "build-sandbox-stdlib.mjs")], { stdio: "ignore" });
  return bundleSandbox(dir, join(root, ".bench", `sandbox-${sha}.mjs`));
}

const CPU: Record<string, string> = {
  "arith loop (1M)": `
total = 0
for i in range(1000000):
    total += i
print(total)
`,
  "function calls (300k)": `
def add(a, b):
    return a + b
acc = 0
for i in range(300000):
    acc = add(acc, i)
print(acc)
`,
  "list/dict/str work": `
words = []
for i in range(60000):
    words.append("w" + str(i % 500))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
s = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(s), s[0], ",".join(w.upper() for w in words[:5]))
`,
  "recursive fib(25)": `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(25))
`,
};

const gather = (n: number) => `
import asyncio
async def work(i):
    await asyncio.sleep(0.01)
    return i
async def main():
    r = await asyncio.gather(*(work(i) for i in range(${n})))
    print(len(r), sum(r))
asyncio.run(main())
`;
const threads = (n: number) => `
import threading
results = []
lock = threading.Lock()
def work(i):
    with lock:
        results.append(i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(${n})]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results))
`;

function timeVm(src: string, reps = 3, run: typeof RunProgram = runProgram): { ms: number; out: string } {
  let best = Infinity;
  let out = "";
  for (let i = 0; i < reps; i++) {
    const r = vmOnce(src, run);
    best = Math.min(best, r.ms);
    out = r.out;
  }
  return { ms: best, out };
}

function vmOnce(src: string, run: typeof RunProgram = runProgram): { ms: number; out: string } {
  const t0 = performance.now();
  const r = run(src, { instructionBudget: 1e9 });
  return { ms: performance.now() - t0, out: r.stdout + r.stderr };
}

function pyOnce(src: string): { ms: number; out: string } | null {
  // time inside the interpreter so process start-up is not counted
  const wrapped = `import time as _t\n_s=_t.perf_counter()\nexec(compile(${JSON.stringify(src)}, "<bench>", "exec"), {"__name__": "__main__"})\nimport sys\nsys.stderr.write("ELAPSED %f\\n" % ((_t.perf_counter()-_s)*1000))\n`;
  const r = spawnSync("python3", ["-c", wrapped], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
  if (r.error || r.status !== 0) return null;
  const m = /ELAPSED ([\d.]+)/.exec(r.stderr);
  if (!m) return null;
  return { ms: parseFloat(m[1]!), out: r.stdout };
}

const COLD_RUNS = 3;
const WARM_RUNS = 7;

async function main(): Promise<void> {
  mkdirSync(join(root, ".bench"), { recursive: true });
  runProgram = await bundleSandbox(root, join(root, ".bench", "sandbox.mjs"));
  const againstAt = process.argv.indexOf("--against");
  const against = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;
  if (against) runAgainst = await bundleAtCommit(against);
  // The machine running this may be noisy, so every VM run is followed by a CPython run of the
  // same program: both sample the same conditions, and each side keeps its minimum. "first" is
  // the very first VM run of the program; "cold" the best of its first 3 runs (V8 still compiling
  // run() for the paths this program takes; programs run in order in one bundle load, none is
  // run before its cold runs); "warm" the best of the next 7, the steady state a long-lived worker
  // reaches. CPython ms is the best of all 10 of its runs, which both ratios divide by.
  console.log(`CPU-bound programs (wall ms; VM and CPython runs interleaved; cold = best of the first ${COLD_RUNS} VM runs, warm = best of ${WARM_RUNS} more; CPython = best of ${COLD_RUNS + WARM_RUNS})`);
  console.log(
    "program".padEnd(24) +
      "first ms".padStart(10) +
      "cold ms".padStart(9) +
      "warm ms".padStart(9) +
      "CPython ms".padStart(12) +
      "cold/CPy".padStart(10) +
      "warm/CPy".padStart(10) +
      (runAgainst ? `${against} warm`.padStart(14) + "now/REF".padStart(9) : "") +
      "  same output",
  );
  for (const [name, src] of Object.entries(CPU)) {
    let first = 0;
    let cold = Infinity;
    let warm = Infinity;
    let py = Infinity;
    let pyOk = true;
    let same = true;
    let pyOut: string | null = null;
    let refWarm = Infinity;
    const vmOuts: string[] = [];
    for (let i = 0; i < COLD_RUNS + WARM_RUNS; i++) {
      const v = vmOnce(src);
      if (i === 0) first = v.ms;
      if (i < COLD_RUNS) cold = Math.min(cold, v.ms);
      else warm = Math.min(warm, v.ms);
      vmOuts.push(v.out);
      if (runAgainst) {
        const r = vmOnce(src, runAgainst);
        if (i >= COLD_RUNS) refWarm = Math.min(refWarm, r.ms);
      }
      const p = pyOk ? pyOnce(src) : null;
      if (p === null) pyOk = false;
      else {
        py = Math.min(py, p.ms);
        pyOut = p.out;
      }
    }
    if (pyOk && pyOut !== null) same = vmOuts.every((o) => o === pyOut);
    const ratio = (x: number) => (pyOk ? (x / py).toFixed(2) : "n/a");
    console.log(
      name.padEnd(24) +
        first.toFixed(1).padStart(10) +
        cold.toFixed(1).padStart(9) +
        warm.toFixed(1).padStart(9) +
        (pyOk ? py.toFixed(1) : "n/a").padStart(12) +
        ratio(cold).padStart(10) +
        ratio(warm).padStart(10) +
        (runAgainst ? refWarm.toFixed(1).padStart(14) + (warm / refWarm).toFixed(2).padStart(9) : "") +
        "  " +
        (pyOk ? String(same) : "?"),
    );
  }
  if (process.argv.includes("--cpu-only")) return;
  console.log("\nScale runs (wall ms; ratio = time(10x work) / time(1x))");
  const scale = (label: string, a: string, b: string) => {
    if (!runAgainst) {
      const x = timeVm(a, 2);
      const y = timeVm(b, 2);
      console.log(label.padEnd(34) + x.ms.toFixed(1).padStart(10) + y.ms.toFixed(1).padStart(10) + (y.ms / x.ms).toFixed(2).padStart(8));
      return;
    }
    // both engines take turns (which goes first alternates), each keeping its best of 4
    const best = { x: Infinity, y: Infinity, rx: Infinity, ry: Infinity };
    for (let i = 0; i < 4; i++) {
      const turns: [typeof RunProgram, "x" | "rx", "y" | "ry"][] = [[runProgram, "x", "y"], [runAgainst, "rx", "ry"]];
      if (i % 2) turns.reverse();
      for (const [run, kx, ky] of turns) {
        best[kx] = Math.min(best[kx], vmOnce(a, run).ms);
        best[ky] = Math.min(best[ky], vmOnce(b, run).ms);
      }
    }
    const f = (ms: number, w: number) => ms.toFixed(1).padStart(w);
    console.log(label.padEnd(34) + f(best.x, 10) + f(best.y, 10) + (best.y / best.x).toFixed(2).padStart(8) + f(best.rx, 10) + f(best.ry, 10) + (best.y / best.ry).toFixed(2).padStart(9));
  };
  console.log("run".padEnd(34) + "1x".padStart(10) + "10x".padStart(10) + "ratio".padStart(8) + (runAgainst ? "REF 1x".padStart(10) + "REF 10x".padStart(10) + "10x/REF".padStart(9) : ""));
  scale("asyncio.gather 1,000 / 10,000", gather(1000), gather(10000));
  scale("threads 100 / 1,000", threads(100), threads(1000));
}

void main();
