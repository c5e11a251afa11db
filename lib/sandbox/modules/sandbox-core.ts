// _sandbox: what the sandbox's Python modules need from the VM: the frames a running program is
// in (warnings and inspect report where they were called from; the sandbox's own stdlib frames
// are left out, as in tracebacks) and the name error messages give a class that stands for one
// of CPython's C types.
import type { Program } from "../program";
import { fn, makeModule } from "../runtime/native";
import { GlobalsMap, None, PyDict, PyFunction, PyList, PyTuple, PyType, PyModule, type PyValue } from "../runtime/value";
import { compileModule } from "../compile/compiler";
import { parseModule, SourceError } from "../parse/to-ast";
import { raise } from "../runtime/errors";
import { Frame } from "../vm/frame";
import { disassemble } from "../compile/disassemble";
import { OPCODES } from "../compile/opcodes";
import { PyMethod } from "../runtime/value";

// parameter kinds, numbered as inspect.Parameter's
const POSITIONAL_ONLY = 0;
const POSITIONAL_OR_KEYWORD = 1;
const VAR_POSITIONAL = 2;
const KEYWORD_ONLY = 3;
const VAR_KEYWORD = 4;

/** A Python function's parameters as [(name, kind, has default, default)], in signature order. */
function parameters(fn: PyFunction): PyList {
  const code = fn.code;
  const names = code.varnames;
  const out: PyTuple[] = [];
  const firstDefault = code.argcount - fn.defaults.length;
  for (let i = 0; i < code.argcount; i++) {
    const kind = i < code.posonlycount ? POSITIONAL_ONLY : POSITIONAL_OR_KEYWORD;
    const has = i >= firstDefault;
    out.push(new PyTuple([names[i]!, kind, has, has ? fn.defaults[i - firstDefault]! : None]));
  }
  let next = code.argcount + code.kwonlycount;
  if (code.flags.varargs) out.push(new PyTuple([names[next++]!, VAR_POSITIONAL, false, None]));
  for (let i = code.argcount; i < code.argcount + code.kwonlycount; i++) {
    const dflt = fn.kwdefaults?.get(names[i]!);
    out.push(new PyTuple([names[i]!, KEYWORD_ONLY, dflt !== undefined, dflt ?? None]));
  }
  if (code.flags.varkw) out.push(new PyTuple([names[next]!, VAR_KEYWORD, false, None]));
  return new PyList(out);
}

export function makeSandboxCore(prog: Program): PyModule {
  return makeModule("_sandbox", {
    // import_module(dotted name) -> the module, imported if need be; "__main__" is the program's
    // own namespace (unittest.mock.patch resolves its targets so; the sandbox has no importlib)
    import_module: fn("import_module", ([name]) => {
      const dotted = String(name);
      if (dotted === "__main__") return new PyModule("__main__", prog.main.globals!);
      return prog.importModule(dotted, true);
    }),
    // c_type_name(cls, "decimal.Decimal"): how error messages name the class, as CPython's
    // messages name its C types
    c_type_name: fn("c_type_name", ([cls, name]) => {
      if (cls instanceof PyType) cls.cName = String(name);
      return None;
    }),
    // code_info(fn) -> (parameters, is generator, is coroutine, first line, filename, source) of a
    // Python function, or None for anything else
    code_info: fn("code_info", ([f]) => {
      if (!(f instanceof PyFunction)) return None;
      const c = f.code;
      return new PyTuple([parameters(f), c.flags.generator, c.flags.coroutine, c.firstLine, c.filename, c.source]);
    }),
    // run_source(source, namespace, filename) -> the namespace after running the source as a
    // module body in it (timeit builds its timing function so; the sandbox has no exec())
    run_source: fn("run_source", ([source, namespace, filename]) => {
      let code;
      try {
        code = compileModule(parseModule(source as string).body, source as string, String(filename ?? "<timeit-src>"));
      } catch (e) {
        if (e instanceof SourceError) raise("SyntaxError", e.message);
        throw e;
      }
      const globals: Map<string, PyValue> = new GlobalsMap();
      if (namespace instanceof PyDict) for (const e of namespace.map.values()) if (typeof e.k === "string") globals.set(e.k, e.v);
      const frame = new Frame(code, globals, null);
      frame.names = globals;
      prog.interp.runNested(frame);
      const out = new PyDict();
      for (const [k, v] of globals) out.map.set(k, { k, v });
      return out;
    }),
    // disassemble(function | method | source) -> the listing of the sandbox's bytecode for it
    disassemble: fn("disassemble", ([x]) => {
      const target = x instanceof PyMethod ? x.func : x;
      if (target instanceof PyFunction) return disassemble(target.code);
      if (typeof target === "string") {
        try {
          return disassemble(compileModule(parseModule(target).body, target, "<dis>"));
        } catch (e) {
          if (e instanceof SourceError) raise("SyntaxError", e.message);
          throw e;
        }
      }
      return raise("TypeError", "don't know how to disassemble that object in the sandbox");
    }),
    // opcodes() -> [(name, value)] of the sandbox's instruction set
    opcodes: fn("opcodes", () => new PyList(OPCODES.map(([v, n]) => new PyTuple([n, v])))),
    // main_source() -> the program's source text and file name
    main_source: fn("main_source", () => new PyTuple([prog.source, prog.opts.filename] as PyValue[])),
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
