// The peers bench:sandbox measures the VM against: CPython (python3, in a subprocess per run) and
// Pyodide (CPython 3.11 compiled to WebAssembly, the npm package, loaded offline in this process).
// Pyodide is a yardstick only; the app never loads it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { loadPyodide, type PyodideInterface } from "pyodide";

export type TSample = { ms: number; out: string };

/** One run of `src` in CPython, timed inside the interpreter so process start-up is not counted. */
export function runCpython(src: string): TSample | null {
  const wrapped = `import time as _t\n_s=_t.perf_counter()\nexec(compile(${JSON.stringify(src)}, "<bench>", "exec"), {"__name__": "__main__"})\nimport sys\nsys.stderr.write("ELAPSED %f\\n" % ((_t.perf_counter()-_s)*1000))\n`;
  const r = spawnSync("python3", ["-c", wrapped], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
  if (r.error || r.status !== 0) return null;
  const m = /ELAPSED ([\d.]+)/.exec(r.stderr);
  return m ? { ms: parseFloat(m[1]!), out: r.stdout } : null;
}

/** `python3 -c src` from spawn to exit: CPython's start-up is its interpreter's. */
export function startCpython(src: string): TSample | null {
  const t0 = performance.now();
  const r = spawnSync("python3", ["-c", src], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
  const ms = performance.now() - t0;
  return r.error || r.status !== 0 ? null : { ms, out: r.stdout };
}

/** A fresh Node process that loads the engine and runs `src` once (scripts/bench/sandbox-fresh.mjs):
 * the engine's load plus its first, coldest run. */
export function startInFreshNode(engine: "vm" | "pyodide", src: string, bundle = ""): TSample & { loadMs: number } {
  const r = spawnSync(process.execPath, [join(__dirname, "sandbox-fresh.mjs"), engine, bundle], { input: src, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${engine} start-up run failed: ${r.stderr}`);
  const { loadMs, runMs, out } = JSON.parse(r.stdout) as { loadMs: number; runMs: number; out: string };
  return { ms: loadMs + runMs, loadMs, out };
}

export type TPyodideRunner = { version: string; run: (src: string) => TSample };

/** Pyodide loaded once here; each run gets a fresh `__main__` namespace, like a new program. */
export async function loadPyodideRunner(): Promise<TPyodideRunner> {
  const py: PyodideInterface = await loadPyodide();
  let out = "";
  py.setStdout({ batched: (s) => (out += s + "\n") });
  return {
    version: py.version,
    run(src) {
      out = "";
      const globals = py.toPy({ __name__: "__main__" });
      const t0 = performance.now();
      py.runPython(src, { globals });
      const ms = performance.now() - t0;
      globals.destroy();
      return { ms, out };
    },
  };
}
