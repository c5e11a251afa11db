// _sandbox_frames: the Python frames a running program is in, for the modules that report
// where they were called from (warnings, inspect). The sandbox's own stdlib frames are left
// out, as they are in tracebacks.
import type { Program } from "../program";
import { fn, makeModule } from "../runtime/native";
import { None, PyList, PyTuple, type PyModule } from "../runtime/value";

export function makeFramesCore(prog: Program): PyModule {
  return makeModule("_sandbox_frames", {
    // stack() -> [(filename, lineno, function, module name, source line), ...], innermost first
    stack: fn("stack", () => {
      const out: PyTuple[] = [];
      for (let f = prog.currentFrame(); f !== null; f = f.back) {
        const code = f.code;
        if (code.hidden || code.filename.startsWith("<stdlib>")) continue;
        const pc = Math.max(0, f.ip - 2);
        const line = code.lines[pc >> 1] ?? code.firstLine;
        const text = code.source.split("\n")[line - 1] ?? "";
        out.push(new PyTuple([code.filename, line, code.name, f.globals.get("__name__") ?? None, text]));
      }
      return new PyList(out);
    }),
  });
}
