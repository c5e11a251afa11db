// The sandbox's standard library written in Python: lib/sandbox/stdlib/**/*.py, bundled into
// generated/stdlib.ts by scripts/build-sandbox-stdlib.mjs. A module is compiled once per JS realm
// by the sandbox's own compiler and run once per process; its frames are hidden from tracebacks,
// like CPython's frozen modules, except lines annotated for vm/traceback.ts.
import { compileModule } from "../compile/compiler";
import type { Code } from "../compile/code";
import { STDLIB_FILES } from "../generated/stdlib";
import { parseModule } from "../parse/to-ast";
import type { Program } from "../program";
import { allocInstance } from "../runtime/call";
import { methods } from "../runtime/native";
import { repr } from "../runtime/repr";
import { makeType } from "../runtime/types";
import { GlobalsMap, None, PyList, PyModule, PyObj, type PyType, type PyValue, T } from "../runtime/value";
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

let specType: PyType | null = null;

/** The module's `__spec__`, as importlib's ModuleSpec has it for a source module: name, origin
 * (the file, under `<stdlib>/` where CPython's is under its Lib folder), parent, and for a package
 * the folder its submodules come from. The loader is not modelled. */
function moduleSpec(name: string, origin: string, isPackage: boolean): PyObj {
  if (specType === null) {
    specType = makeType("ModuleSpec", [T.object]);
    specType.module = "importlib._bootstrap";
    methods(specType, {
      __repr__: ([spec]) => {
        const a = (spec as PyObj).attrs!;
        return `ModuleSpec(name=${repr(a.get("name")!)}, loader=None, origin=${repr(a.get("origin")!)}${isPackageSpec(spec as PyObj) ? `, submodule_search_locations=${repr(a.get("submodule_search_locations")!)}` : ""})`;
      },
    });
  }
  const spec = allocInstance(specType);
  const attrs = (spec.attrs ??= new Map());
  const parent = isPackage ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
  attrs.set("name", name);
  attrs.set("loader", None);
  attrs.set("origin", origin);
  attrs.set("submodule_search_locations", isPackage ? new PyList([origin.slice(0, origin.lastIndexOf("/"))]) : None);
  attrs.set("loader_state", None);
  attrs.set("cached", None);
  attrs.set("parent", parent);
  attrs.set("has_location", true);
  return spec;
}

function isPackageSpec(spec: PyObj): boolean {
  return spec.attrs!.get("submodule_search_locations") !== None;
}

/** Runs stdlib module `name` in `proc`. The module is in proc.modules while its body runs, as in
 * CPython's sys.modules, so a package's submodules can import it back. */
export function runStdlibModule(prog: Program, proc: SimProcess, name: string): PyModule {
  const code = compileStdlibModule(name);
  const file = STDLIB_FILES[name]!;
  const origin = `<stdlib>/${file.path}`;
  const isPackage = file.path.endsWith("/__init__.py");
  const spec = moduleSpec(name, origin, isPackage);
  // __file__ reads as the checker and the tracebacks write CPython's own: <stdlib>/json/__init__.py
  const globals: Map<string, PyValue> = new GlobalsMap([
    ["__name__", name],
    ["__file__", origin],
    ["__spec__", spec],
    ["__package__", spec.attrs!.get("parent") as string],
  ]);
  if (isPackage) globals.set("__path__", spec.attrs!.get("submodule_search_locations")!);
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
