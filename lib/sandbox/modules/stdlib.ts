// The sandbox's standard library written in Python: lib/sandbox/stdlib/**/*.py, bundled into
// generated/stdlib.ts by scripts/build-sandbox-stdlib.mjs. A module is compiled once per JS realm
// by the sandbox's own compiler and run once per process; its frames are hidden from tracebacks,
// like CPython's frozen modules, except lines annotated for vm/traceback.ts.
import { compileModule } from "../compile/compiler";
import type { Code } from "../compile/code";
import { STDLIB_FILES } from "../generated/stdlib";
import { parseModule } from "../parse/to-ast";
import type { Program } from "../program";
import { GlobalsMap, PyModule, type PyValue } from "../runtime/value";
import type { SimProcess } from "../sched/scheduler";
import { Frame } from "../vm/frame";
import type { ModuleFactory } from "./registry";

export type StdlibFile = { path: string; source: string };

const compiled = new Map<string, Code>();

function hide(c: Code): void {
  c.hidden = true;
  for (const ch of c.children) hide(ch);
}

/** Compiles (once) the stdlib module `name`; throws the sandbox's SyntaxError if it does not parse. */
export function compileStdlibModule(name: string): Code {
  let code = compiled.get(name);
  if (!code) {
    const file = STDLIB_FILES[name];
    if (!file) throw new Error(`no stdlib module ${name}`);
    code = compileModule(parseModule(file.source).body, file.source, `<stdlib>/${file.path}`);
    hide(code);
    compiled.set(name, code);
  }
  return code;
}

/** Runs stdlib module `name` in `proc`. The module is in proc.modules while its body runs, as in
 * CPython's sys.modules, so a package's submodules can import it back. */
export function runStdlibModule(prog: Program, proc: SimProcess, name: string): PyModule {
  const code = compileStdlibModule(name);
  const globals: Map<string, PyValue> = new GlobalsMap([["__name__", name]]);
  const module = new PyModule(name, globals);
  proc.modules.set(name, module);
  const f = new Frame(code, globals, null);
  f.names = globals;
  try {
    prog.interp.runNested(f);
  } catch (e) {
    proc.modules.delete(name);
    throw e;
  }
  return module;
}

/** A factory for every stdlib .py module that no native factory already provides. */
export function registerStdlibModules(modules: Record<string, ModuleFactory>): void {
  for (const name of Object.keys(STDLIB_FILES)) modules[name] ??= (prog, proc) => runStdlibModule(prog, proc, name);
}

export function listStdlibModules(): string[] {
  return Object.keys(STDLIB_FILES);
}
