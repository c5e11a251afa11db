// The peers bench:sandbox measures the VM against: CPython (python3, in a subprocess per run) and
// Pyodide (CPython 3.11 compiled to WebAssembly, the npm package, loaded offline in a child process).
// Pyodide is a yardstick only; the app never loads it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** A timing: wall ms and the CPU ms the engine's process spent meanwhile (all its threads: for
 * V8 that includes the optimising compiler and the GC helpers), and what the program printed. */
export type TSample = { ms: number; cpu: number; out: string };

const PYTHON_ENV = { ...process.env, PYTHONHASHSEED: "0" };

/** One run of `src` in CPython, timed inside the interpreter so process start-up is not counted. */
export function runCpython(src: string): TSample | null {
  const wrapped = `import time as _t\n_s=_t.perf_counter()\n_c=_t.process_time()\nexec(compile(${JSON.stringify(src)}, "<bench>", "exec"), {"__name__": "__main__"})\nimport sys\nsys.stderr.write("ELAPSED %f %f\\n" % ((_t.perf_counter()-_s)*1000, (_t.process_time()-_c)*1000))\n`;
  const r = spawnSync("python3", ["-c", wrapped], { encoding: "utf8", env: PYTHON_ENV });
  if (r.error || r.status !== 0) return null;
  const m = /ELAPSED ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return m ? { ms: parseFloat(m[1]!), cpu: parseFloat(m[2]!), out: r.stdout } : null;
}

/** `python3 -c src` from spawn to exit: CPython's start-up is its interpreter's. Its CPU time is
 * the whole process's, read by the program's last statement. */
export function startCpython(src: string): TSample | null {
  const wrapped = `${src}\nimport resource as _r, sys as _s\n_u = _r.getrusage(_r.RUSAGE_SELF)\n_s.stderr.write("CPU %f\\n" % ((_u.ru_utime + _u.ru_stime) * 1000))\n`;
  const t0 = performance.now();
  const r = spawnSync("python3", ["-c", wrapped], { encoding: "utf8", env: PYTHON_ENV });
  const ms = performance.now() - t0;
  const m = /CPU ([\d.]+)/.exec(r.stderr ?? "");
  return r.error || r.status !== 0 || !m ? null : { ms, cpu: parseFloat(m[1]!), out: r.stdout };
}

/** A fresh Node process that loads the engine and runs `src` once (scripts/bench/sandbox-fresh.mjs):
 * the engine's load plus its first, coldest run. */
export function startInFreshNode(engine: "vm" | "pyodide", src: string, bundle = ""): TSample & { loadMs: number } {
  const r = spawnSync(process.execPath, [join(__dirname, "sandbox-fresh.mjs"), engine, bundle], { input: src, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${engine} start-up run failed: ${r.stderr}`);
  const { loadMs, runMs, cpuMs, out } = JSON.parse(r.stdout) as { loadMs: number; runMs: number; cpuMs: number; out: string };
  return { ms: loadMs + runMs, cpu: cpuMs, loadMs, out };
}

/** One process of scripts/bench/sandbox-suite.mjs: the engine loads, then runs each program `runs`
 * times in turn. */
export function runSuite(
  engine: "vm" | "pyodide",
  programs: { name: string; src: string }[],
  runs: number,
  bundle = "",
): { loadMs: number; version?: string; samples: Record<string, TSample[]> } {
  const input = JSON.stringify({ engine, bundle, runs, programs });
  const r = spawnSync(process.execPath, [join(__dirname, "sandbox-suite.mjs")], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${engine} suite failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { loadMs: number; version?: string; samples: Record<string, TSample[]> };
}
