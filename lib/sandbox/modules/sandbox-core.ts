// _sandbox: what the sandbox's Python modules need from the VM: the frames a running program is
// in (warnings and inspect report where they were called from; the sandbox's own stdlib frames
// are left out, as in tracebacks) and the name error messages give a class that stands for one
// of CPython's C types.
import type { Program } from "../program";
import { fn, makeModule } from "../runtime/native";
import { None, PyList, PyTuple, PyType, type PyModule } from "../runtime/value";

export function makeSandboxCore(prog: Program): PyModule {
  return makeModule("_sandbox", {
    // c_type_name(cls, "decimal.Decimal"): how error messages name the class, as CPython's
    // messages name its C types
    c_type_name: fn("c_type_name", ([cls, name]) => {
      if (cls instanceof PyType) cls.cName = String(name);
      return None;
    }),
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
