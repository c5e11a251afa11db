// One start-up sample for bench:sandbox, in a process of its own: load an engine, run the program
// (read from stdin) once, print {loadMs (the warm-up the app runs at load included), runMs, cpuMs (both, all threads), out} as JSON. Node's own boot is not counted: the
// app's hosts (a Web Worker, a server worker thread) are running before the engine loads.
//   node scripts/bench/sandbox-fresh.mjs vm .bench/sandbox.mjs < prog.py
//   node scripts/bench/sandbox-fresh.mjs pyodide < prog.py
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [engine, bundle] = process.argv.slice(2);
const source = readFileSync(0, "utf8");
let out = "";
const c0 = process.cpuUsage();
const t0 = performance.now();
let t1 = t0;
if (engine === "vm") {
  const { runProgram, warmUpEngine } = await import(pathToFileURL(bundle).href);
  // as the Web Worker and the server's sandbox threads load it (older builds have no warm-up)
  warmUpEngine?.();
  t1 = performance.now();
  const r = runProgram(source, { instructionBudget: 1e9 });
  out = r.stdout + r.stderr;
} else if (engine === "pyodide") {
  const { loadPyodide } = await import("pyodide");
  const py = await loadPyodide();
  py.setStdout({ batched: (s) => (out += s + "\n") });
  t1 = performance.now();
  const globals = py.toPy({ __name__: "__main__" });
  py.runPython(source, { globals });
  globals.destroy();
} else {
  throw new Error(`unknown engine ${engine}`);
}
const t2 = performance.now();
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, runMs: t2 - t1, cpuMs: (c.user + c.system) / 1000, out }));
