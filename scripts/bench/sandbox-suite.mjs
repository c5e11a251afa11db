// One round of bench:sandbox's in-process runs, in a process of its own so that no other engine
// or build shares its heap, its JIT or (with --cpu) its CPU count: load an engine, run each
// program `runs` times in turn (the first runs are the cold ones), print the timings as JSON.
// Input on stdin: {"engine": "vm" | "pyodide", "bundle": ".bench/sandbox.mjs", "runs": 10,
// "programs": [{"name": "...", "src": "..."}]}. Output: {"loadMs", "version" (Pyodide's), "samples": {name: [{ms, cpu, out}]}}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const { engine, bundle, runs, programs } = JSON.parse(readFileSync(0, "utf8"));

function timeHere(f) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, out };
}

const t0 = performance.now();
let run;
let version;
if (engine === "vm") {
  const { runProgram, warmUpEngine } = await import(pathToFileURL(bundle).href);
  // as the Web Worker and the server's sandbox threads load it (older builds have no warm-up)
  warmUpEngine?.();
  run = (src) => {
    const r = runProgram(src, { instructionBudget: 1e9 });
    return r.stdout + r.stderr;
  };
} else if (engine === "pyodide") {
  const { loadPyodide } = await import("pyodide");
  const py = await loadPyodide();
  version = py.version;
  let out = "";
  py.setStdout({ batched: (s) => (out += s + "\n") });
  // each run gets a fresh `__main__` namespace, like a new program
  run = (src) => {
    out = "";
    const globals = py.toPy({ __name__: "__main__" });
    try {
      py.runPython(src, { globals });
    } finally {
      globals.destroy();
    }
    return out;
  };
} else {
  throw new Error(`unknown engine ${engine}`);
}
const loadMs = performance.now() - t0;
const samples = {};
for (const { name, src } of programs) {
  samples[name] = [];
  for (let i = 0; i < runs; i++) samples[name].push(timeHere(() => run(src)));
}
process.stdout.write(JSON.stringify({ loadMs, version, samples }));
