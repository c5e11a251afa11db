// Helper for modules written in Python: compiled with the sandbox's own compiler and run once
// per process (frames are hidden from tracebacks, like frozen stdlib code).
import { compileModule } from "../compile/compiler";
import type { Code } from "../compile/code";
import { parseModule } from "../parse/to-ast";
import type { Program } from "../program";
import { GlobalsMap, PyModule, type PyValue } from "../runtime/value";
import { Frame } from "../vm/frame";

const cache = new Map<string, Code>();

function hide(c: Code & { children?: Code[] }): void {
  c.hidden = true;
  for (const ch of c.children ?? []) hide(ch);
}

export function runPySource(prog: Program, name: string, source: string, preset: Record<string, PyValue> = {}): PyModule {
  let code = cache.get(name);
  if (!code) {
    code = compileModule(parseModule(source).body, source, `<stdlib>/${name}.py`);
    hide(code);
    cache.set(name, code);
  }
  const globals: Map<string, PyValue> = new GlobalsMap([["__name__", name], ...Object.entries(preset)]);
  const f = new Frame(code, globals, null);
  f.names = globals;
  prog.interp.runNested(f);
  return new PyModule(name, globals);
}
