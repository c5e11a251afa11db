// Benchmark: CPU-bound programs in the sandbox VM vs its peers, CPython and Pyodide (CPython in
// WebAssembly), at start-up, cold and warm; plus scale runs (asyncio tasks, threads) showing how
// run time grows for 10x more work. Usage: npm run bench:sandbox
// [-- --against REF] [--cpu-only] [--no-pyodide] [--warm N] [--fresh N] [--cpu]
//
// --cpu reports CPU time (every thread of the engine's process: V8's compiler and GC threads
// count) instead of wall time: on a machine busy with other work it varies much less.
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
import { loadPyodideRunner, runCpython, startCpython, startInFreshNode, timeHere, type TPyodideRunner, type TSample } from "./sandbox-peers";

const root = join(__dirname, "..", "..");
let runProgram: typeof RunProgram;
let runAgainst: typeof RunProgram | null = null;
const bundles: string[] = [];

async function bundleSandbox(sourceRoot: string, outfile: string): Promise<typeof RunProgram> {
  bundles.push(outfile);
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
  const paths = ["lib/sandbox", "scripts/build-sandbox-stdlib.mjs"].filter((p) => spawnSync("git", ["cat-file", "-e", `${sha}:${p}`], { cwd: root }).status === 0);
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
  "objects and methods": `
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, other):
        return self.x * other.x + self.y * other.y
total = 0
for i in range(100000):
    total += Vec(i, 1).dot(Vec(2, i))
print(total)
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

function vmOnce(src: string, run: typeof RunProgram = runProgram): TSample {
  return timeHere(() => {
    const r = run(src, { instructionBudget: 1e9 });
    return r.stdout + r.stderr;
  });
}

/** --cpu: tables show CPU ms (all of the engine's threads) instead of wall ms, the steadier
 * figure on a machine shared with other work */
const CPU_TIME = process.argv.includes("--cpu");
const t = (s: TSample) => (CPU_TIME ? s.cpu : s.ms);

function timeVm(src: string, reps: number, run: typeof RunProgram = runProgram): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) best = Math.min(best, t(vmOnce(src, run)));
  return best;
}

function numberArg(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const min = (xs: number[]) => (xs.length ? Math.min(...xs) : NaN);
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number, w: number) => (Number.isFinite(x) ? x.toFixed(x >= 1000 ? 0 : 1) : "n/a").padStart(w);
const ratio = (a: number, b: number, w: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "n/a").padStart(w);

const COLD_RUNS = 3;
const engineLoad = { vm: [] as number[], pyo: [] as number[] };

type TRow = {
  name: string;
  start: { vm: number[]; ref: number[]; py: number[]; pyo: number[] };
  cold: { vm: number[]; ref: number[]; pyo: number[] };
  warm: { vm: number[]; ref: number[]; pyo: number[] };
  cpy: number[];
  same: boolean;
};

/** Start-up: per program, `fresh` rounds of three fresh processes (VM, CPython, Pyodide) in turn. */
function measureStartUp(row: TRow, src: string, fresh: number, pyodide: boolean, outs: string[]): void {
  const bundle = bundles[0]!;
  for (let i = 0; i < fresh; i++) {
    const v = startInFreshNode("vm", src, bundle);
    row.start.vm.push(t(v));
    engineLoad.vm.push(v.loadMs);
    outs.push(v.out);
    if (runAgainst) row.start.ref.push(t(startInFreshNode("vm", src, bundles[1]!)));
    const c = startCpython(src);
    if (c) row.start.py.push(t(c));
    if (pyodide) {
      const p = startInFreshNode("pyodide", src);
      row.start.pyo.push(t(p));
      engineLoad.pyo.push(p.loadMs);
      outs.push(p.out);
    }
  }
}

/** Cold and warm: in this process, one run of each engine in turn, `COLD_RUNS + warm` rounds. */
function measureInProcess(row: TRow, src: string, warm: number, pyo: TPyodideRunner | null, outs: string[], pyOuts: string[]): void {
  for (let i = 0; i < COLD_RUNS + warm; i++) {
    const phase = i < COLD_RUNS ? row.cold : row.warm;
    // the two VM builds alternate which goes first, so neither always runs after CPython's pause
    const vmFirst = i % 2 === 0;
    if (!vmFirst && runAgainst) phase.ref.push(t(vmOnce(src, runAgainst)));
    const v = vmOnce(src);
    phase.vm.push(t(v));
    outs.push(v.out);
    if (vmFirst && runAgainst) phase.ref.push(t(vmOnce(src, runAgainst)));
    const c = runCpython(src);
    if (c) {
      row.cpy.push(t(c));
      pyOuts.push(c.out);
    }
    if (pyo) {
      const p = pyo.run(src);
      phase.pyo.push(t(p));
      outs.push(p.out);
    }
  }
}

function printTables(rows: TRow[], against: string | undefined, pyodide: boolean, fresh: number, warm: number): void {
  const name = (s: string) => s.padEnd(24);
  const refCols = (vm: number[], ref: number[]) => (runAgainst ? ms(min(ref), 10) + ratio(min(vm), min(ref), 9) : "");
  console.log(
    `\nStart-up: the program's first run in a fresh process, engine load included (best of ${fresh}; Node's own boot not counted, CPython = \`python3 -c\` spawn to exit)`,
  );
  console.log(
    name("program") +
      "VM ms".padStart(9) +
      "CPython".padStart(9) +
      "Pyodide".padStart(9) +
      "VM/CPy".padStart(8) +
      "Pyo/CPy".padStart(9) +
      "VM/Pyo".padStart(8) +
      (runAgainst ? `${against}`.padStart(10) + "now/REF".padStart(9) : ""),
  );
  for (const r of rows) {
    const [v, c, p] = [min(r.start.vm), min(r.start.py), min(r.start.pyo)];
    console.log(name(r.name) + ms(v, 9) + ms(c, 9) + ms(p, 9) + ratio(v, c, 8) + ratio(p, c, 9) + ratio(v, p, 8) + refCols(r.start.vm, r.start.ref));
  }
  console.log(
    `\nCold = best of the first ${COLD_RUNS} runs in this process, warm = best of ${warm} more (median in brackets); CPython = time inside the interpreter, best of all ${COLD_RUNS + warm} runs`,
  );
  console.log(
    name("program") +
      "VM cold".padStart(9) +
      "VM warm".padStart(17) +
      "CPython".padStart(9) +
      (pyodide ? "Pyo cold".padStart(10) + "Pyo warm".padStart(17) : "") +
      " | VM/CPy cold warm" +
      (pyodide ? " | Pyo/CPy cold warm | VM/Pyo cold warm" : "") +
      "  same output",
  );
  for (const r of rows) {
    const c = min(r.cpy);
    const warmCell = (xs: number[]) => ms(min(xs), 8) + ` (${ms(median(xs), 0)})`.padEnd(9);
    const [vc, vw, pc, pw] = [min(r.cold.vm), min(r.warm.vm), min(r.cold.pyo), min(r.warm.pyo)];
    console.log(
      name(r.name) +
        ms(vc, 9) +
        " " +
        warmCell(r.warm.vm) +
        ms(c, 8) +
        (pyodide ? ms(pc, 10) + " " + warmCell(r.warm.pyo) : "") +
        " |" +
        " ".repeat(7) +
        ratio(vc, c, 5) +
        ratio(vw, c, 5) +
        (pyodide ? " |" + " ".repeat(8) + ratio(pc, c, 5) + ratio(pw, c, 5) + " |" + " ".repeat(7) + ratio(vc, pc, 5) + ratio(vw, pw, 5) : "") +
        "  " +
        String(r.same),
    );
  }
  if (!runAgainst) return;
  console.log(`\nThis tree vs ${against} (same runs as above, interleaved)`);
  console.log(
    name("program") + "now cold".padStart(10) + `REF cold`.padStart(10) + "now/REF".padStart(9) + "now warm".padStart(10) + "REF warm".padStart(10) + "now/REF".padStart(9),
  );
  for (const r of rows) {
    console.log(
      name(r.name) +
        ms(min(r.cold.vm), 10) +
        ms(min(r.cold.ref), 10) +
        ratio(min(r.cold.vm), min(r.cold.ref), 9) +
        ms(min(r.warm.vm), 10) +
        ms(min(r.warm.ref), 10) +
        ratio(min(r.warm.vm), min(r.warm.ref), 9),
    );
  }
}

async function main(): Promise<void> {
  mkdirSync(join(root, ".bench"), { recursive: true });
  runProgram = await bundleSandbox(root, join(root, ".bench", "sandbox.mjs"));
  const againstAt = process.argv.indexOf("--against");
  const against = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;
  if (against) runAgainst = await bundleAtCommit(against);
  const pyodide = !process.argv.includes("--no-pyodide");
  const warm = numberArg("--warm", 7);
  const fresh = numberArg("--fresh", 3);
  const pythonVersion = spawnSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).stdout.trim();
  // Start-up runs come first, in fresh processes; then Pyodide loads here and the in-process runs
  // interleave the engines program by program, run by run, so machine load hits all of them alike.
  const rows: TRow[] = [];
  const outs = new Map<string, { vm: string[]; py: string[] }>();
  for (const [name, src] of Object.entries(CPU)) {
    const row: TRow = { name, start: { vm: [], ref: [], py: [], pyo: [] }, cold: { vm: [], ref: [], pyo: [] }, warm: { vm: [], ref: [], pyo: [] }, cpy: [], same: true };
    const o = { vm: [] as string[], py: [] as string[] };
    measureStartUp(row, src, fresh, pyodide, o.vm);
    rows.push(row);
    outs.set(name, o);
  }
  const loadAt = performance.now();
  const pyo = pyodide ? await loadPyodideRunner() : null;
  const pyodideLoad = performance.now() - loadAt;
  for (const [name, src] of Object.entries(CPU)) {
    const row = rows.find((r) => r.name === name)!;
    const o = outs.get(name)!;
    measureInProcess(row, src, warm, pyo, o.vm, o.py);
    const expected = o.py[0];
    row.same = expected !== undefined && o.vm.every((x) => x === expected) && o.py.every((x) => x === expected);
  }
  console.log(
    `CPU-bound programs (${CPU_TIME ? "CPU ms: all threads of the engine's process, --cpu" : "wall ms"}). VM = lib/sandbox as an esbuild bundle; CPython ${pythonVersion} (PYTHONHASHSEED=0)` +
      (pyo ? `; Pyodide ${pyo.version} (loadPyodide() took ${pyodideLoad.toFixed(0)} ms here)` : "; Pyodide skipped (--no-pyodide)"),
  );
  console.log(
    `Engine load in a fresh process, best: VM bundle import ${ms(min(engineLoad.vm), 0).trim()} ms` + (pyo ? `, loadPyodide() ${ms(min(engineLoad.pyo), 0).trim()} ms` : ""),
  );
  printTables(rows, against, pyodide, fresh, warm);
  if (process.argv.includes("--cpu-only")) return;
  console.log(`\nScale runs (${CPU_TIME ? "CPU" : "wall"} ms; ratio = time(10x work) / time(1x))`);
  const scale = (label: string, a: string, b: string) => {
    if (!runAgainst) {
      const x = timeVm(a, 2);
      const y = timeVm(b, 2);
      console.log(label.padEnd(34) + ms(x, 10) + ms(y, 10) + ratio(y, x, 8));
      return;
    }
    // both engines take turns (which goes first alternates), each keeping its best of 4
    const best = { x: Infinity, y: Infinity, rx: Infinity, ry: Infinity };
    for (let i = 0; i < 4; i++) {
      const turns: [typeof RunProgram, "x" | "rx", "y" | "ry"][] = [
        [runProgram, "x", "y"],
        [runAgainst, "rx", "ry"],
      ];
      if (i % 2) turns.reverse();
      for (const [run, kx, ky] of turns) {
        best[kx] = Math.min(best[kx], t(vmOnce(a, run)));
        best[ky] = Math.min(best[ky], t(vmOnce(b, run)));
      }
    }
    console.log(label.padEnd(34) + ms(best.x, 10) + ms(best.y, 10) + ratio(best.y, best.x, 8) + ms(best.rx, 10) + ms(best.ry, 10) + ratio(best.y, best.ry, 9));
  };
  console.log(
    "run".padEnd(34) + "1x".padStart(10) + "10x".padStart(10) + "ratio".padStart(8) + (runAgainst ? "REF 1x".padStart(10) + "REF 10x".padStart(10) + "10x/REF".padStart(9) : ""),
  );
  scale("asyncio.gather 1,000 / 10,000", gather(1000), gather(10000));
  scale("threads 100 / 1,000", threads(100), threads(1000));
}

void main();
