// Benchmark: CPU-bound programs in the sandbox VM vs its peers, CPython and Pyodide (CPython in
// WebAssembly), at start-up, cold and warm; plus scale runs (asyncio tasks, threads) showing how
// run time grows for 10x more work. Usage: npm run bench:sandbox
// [-- --against REF] [--cpu-only] [--no-pyodide] [--warm N] [--fresh N] [--rounds N] [--cpu]
//
// Every engine, and each VM build, runs in processes of its own (scripts/bench/sandbox-suite.mjs):
// one per engine per round, the rounds interleaving the engines so machine load hits all alike.
// Sharing one process let one build's JIT and GC work land on the other's timing.
// --cpu reports CPU time (every thread of the engine's process: V8's compiler and GC threads
// count) instead of wall time: on a machine busy with other work it varies much less.
// --against REF also bundles lib/sandbox as it is at git commit REF and runs it in the same rounds
// as the working tree's (which of the two goes first alternates), so a refactor is compared with
// its base in one run under the same machine load (columns "REF warm" and "now/REF").
//
// The VM is measured as an esbuild bundle, the form it ships in (the browser's Web Worker and the
// server's worker thread are both bundles): tsx's per-file CommonJS output turns every imported
// binding read into a getter call, which no production build does.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { runCpython, runSuite, startCpython, startInFreshNode, type TSample } from "./sandbox-peers";

const root = join(__dirname, "..", "..");
/** the working tree's bundle, then REF's with --against */
const bundles: string[] = [];
const hasRef = () => bundles.length > 1;

async function bundleSandbox(sourceRoot: string, outfile: string): Promise<void> {
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
}

/** lib/sandbox at commit `ref`, extracted under .bench/ (node_modules resolve from the repository
 * root above it), with its generated stdlib module when that commit has one. */
async function bundleAtCommit(ref: string): Promise<void> {
  const sha = execFileSync("git", ["rev-parse", "--short", ref], { cwd: root, encoding: "utf8" }).trim();
  const dir = join(root, ".bench", `at-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = ["lib/sandbox", "scripts/build-sandbox-stdlib.mjs"].filter((p) => spawnSync("git", ["cat-file", "-e", `${sha}:${p}`], { cwd: root }).status === 0);
  const tar = join(dir, "src.tar");
  execFileSync("git", ["archive", "-o", tar, sha, ...paths, ":(exclude)lib/sandbox/cases"], { cwd: root });
  execFileSync("tar", ["-x", "-f", tar, "-C", dir]);
  if (existsSync(join(dir, "scripts", "build-sandbox-stdlib.mjs"))) execFileSync(process.execPath, [join(dir, "scripts", "build-sandbox-stdlib.mjs")], { stdio: "ignore" });
  await bundleSandbox(dir, join(root, ".bench", `sandbox-${sha}.mjs`));
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

/** --cpu: tables show CPU ms (all of the engine's threads) instead of wall ms, the steadier
 * figure on a machine shared with other work */
const CPU_TIME = process.argv.includes("--cpu");
const t = (s: TSample) => (CPU_TIME ? s.cpu : s.ms);

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
/** CPython runs of each program per round (each a process of its own) */
const CPYTHON_RUNS = 4;
const SCALE_ROUNDS = 3;
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
    if (hasRef()) row.start.ref.push(t(startInFreshNode("vm", src, bundles[1]!)));
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

/** Cold and warm: `rounds` rounds; in each, every engine (and each VM build) runs every program
 * `COLD_RUNS + warm` times in a fresh process of its own, and CPython runs each program
 * `CPYTHON_RUNS` times. Returns Pyodide's version and load time (best over its processes). */
function measureRounds(
  rows: TRow[],
  progs: Record<string, string>,
  rounds: number,
  warm: number,
  pyodide: boolean,
  outs: Map<string, { vm: string[]; py: string[] }>,
): { version: string; loadMs: number } {
  const programs = Object.entries(progs).map(([name, src]) => ({ name, src }));
  const runs = COLD_RUNS + warm;
  const pyo = { version: "", loadMs: Infinity };
  const take = (samples: Record<string, TSample[]>, pick: (r: TRow) => { cold: number[]; warm: number[] }) => {
    for (const r of rows) {
      const xs = samples[r.name]!;
      const p = pick(r);
      xs.forEach((x, i) => (i < COLD_RUNS ? p.cold : p.warm).push(t(x)));
      outs.get(r.name)!.vm.push(...xs.map((x) => x.out));
    }
  };
  for (let round = 0; round < rounds; round++) {
    // the two VM builds alternate which goes first
    const order = bundles.map((b, i) => ({ b, i }));
    if (round % 2) order.reverse();
    for (const { b, i } of order) {
      const { samples } = runSuite("vm", programs, runs, b);
      take(samples, (r) => (i === 0 ? { cold: r.cold.vm, warm: r.warm.vm } : { cold: r.cold.ref, warm: r.warm.ref }));
    }
    if (pyodide) {
      const { samples, version, loadMs } = runSuite("pyodide", programs, runs);
      pyo.version = version ?? "";
      pyo.loadMs = Math.min(pyo.loadMs, loadMs);
      take(samples, (r) => ({ cold: r.cold.pyo, warm: r.warm.pyo }));
    }
    for (const r of rows) {
      for (let i = 0; i < CPYTHON_RUNS; i++) {
        const c = runCpython(progs[r.name]!);
        if (!c) continue;
        r.cpy.push(t(c));
        outs.get(r.name)!.py.push(c.out);
      }
    }
  }
  return pyo;
}

function printTables(rows: TRow[], against: string | undefined, pyodide: boolean, fresh: number, warm: number, rounds: number): void {
  const name = (s: string) => s.padEnd(24);
  const refCols = (vm: number[], ref: number[]) => (hasRef() ? ms(min(ref), 10) + ratio(min(vm), min(ref), 9) : "");
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
      (hasRef() ? `${against}`.padStart(10) + "now/REF".padStart(9) : ""),
  );
  for (const r of rows) {
    const [v, c, p] = [min(r.start.vm), min(r.start.py), min(r.start.pyo)];
    console.log(name(r.name) + ms(v, 9) + ms(c, 9) + ms(p, 9) + ratio(v, c, 8) + ratio(p, c, 9) + ratio(v, p, 8) + refCols(r.start.vm, r.start.ref));
  }
  console.log(
    `\nIn ${rounds} rounds of one process per engine: cold = best of each process's first ${COLD_RUNS} runs, warm = best of its ${warm} more (median of all warm runs in brackets); CPython = time inside the interpreter, best of ${rounds * CPYTHON_RUNS} runs`,
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
  if (!hasRef()) return;
  console.log(`\nThis tree vs ${against} (same rounds as above, interleaved)`);
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
  await bundleSandbox(root, join(root, ".bench", "sandbox.mjs"));
  const againstAt = process.argv.indexOf("--against");
  const against = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;
  if (against) await bundleAtCommit(against);
  const pyodide = !process.argv.includes("--no-pyodide");
  const warm = numberArg("--warm", 7);
  const fresh = numberArg("--fresh", 3);
  const rounds = numberArg("--rounds", 3);
  const pythonVersion = spawnSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).stdout.trim();
  // Start-up runs come first, in fresh processes; then the rounds of cold and warm runs.
  const rows: TRow[] = [];
  const outs = new Map<string, { vm: string[]; py: string[] }>();
  for (const [name, src] of Object.entries(CPU)) {
    const row: TRow = { name, start: { vm: [], ref: [], py: [], pyo: [] }, cold: { vm: [], ref: [], pyo: [] }, warm: { vm: [], ref: [], pyo: [] }, cpy: [], same: true };
    const o = { vm: [] as string[], py: [] as string[] };
    measureStartUp(row, src, fresh, pyodide, o.vm);
    rows.push(row);
    outs.set(name, o);
  }
  const pyo = measureRounds(rows, CPU, rounds, warm, pyodide, outs);
  for (const row of rows) {
    const o = outs.get(row.name)!;
    const expected = o.py[0];
    row.same = expected !== undefined && o.vm.every((x) => x === expected) && o.py.every((x) => x === expected);
  }
  console.log(
    `CPU-bound programs (${CPU_TIME ? "CPU ms: all threads of the engine's process, --cpu" : "wall ms"}). VM = lib/sandbox as an esbuild bundle; CPython ${pythonVersion} (PYTHONHASHSEED=0)` +
      (pyodide ? `; Pyodide ${pyo.version} (loadPyodide() took ${pyo.loadMs.toFixed(0)} ms at best in the rounds' processes)` : "; Pyodide skipped (--no-pyodide)"),
  );
  console.log(
    `Engine load in a fresh process, best: VM bundle import ${ms(min(engineLoad.vm), 0).trim()} ms` + (pyodide ? `, loadPyodide() ${ms(min(engineLoad.pyo), 0).trim()} ms` : ""),
  );
  printTables(rows, against, pyodide, fresh, warm, rounds);
  if (process.argv.includes("--cpu-only")) return;
  console.log(`\nScale runs (${CPU_TIME ? "CPU" : "wall"} ms; ratio = time(10x work) / time(1x); best of ${SCALE_ROUNDS} processes per build, each running both sizes once)`);
  const scale = (label: string, a: string, b: string) => {
    const programs = [
      { name: "x", src: a },
      { name: "y", src: b },
    ];
    const best = bundles.map(() => ({ x: Infinity, y: Infinity }));
    for (let round = 0; round < SCALE_ROUNDS; round++) {
      const order = bundles.map((bundle, i) => ({ bundle, i }));
      if (round % 2) order.reverse();
      for (const { bundle, i } of order) {
        const { samples } = runSuite("vm", programs, 1, bundle);
        best[i]!.x = Math.min(best[i]!.x, t(samples.x![0]!));
        best[i]!.y = Math.min(best[i]!.y, t(samples.y![0]!));
      }
    }
    const [now, ref] = best;
    console.log(label.padEnd(34) + ms(now!.x, 10) + ms(now!.y, 10) + ratio(now!.y, now!.x, 8) + (ref ? ms(ref.x, 10) + ms(ref.y, 10) + ratio(now!.y, ref.y, 9) : ""));
  };
  console.log(
    "run".padEnd(34) + "1x".padStart(10) + "10x".padStart(10) + "ratio".padStart(8) + (hasRef() ? "REF 1x".padStart(10) + "REF 10x".padStart(10) + "10x/REF".padStart(9) : ""),
  );
  scale("asyncio.gather 1,000 / 10,000", gather(1000), gather(10000));
  scale("threads 100 / 1,000", threads(100), threads(1000));
}

void main();
