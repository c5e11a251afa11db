// Helpers for defining native functions and methods with argument checking.
import { typeError } from "./errors";
import { bumpTypeEpoch } from "./types";
import { PyBuiltin, type Kw, type NativeFn, type PyType, type PyValue } from "./value";

export function fn(name: string, f: NativeFn): PyBuiltin {
  return new PyBuiltin(name, f);
}

/** Define native methods on a type; `self` is args[0]. */
export function methods(t: PyType, defs: Record<string, NativeFn>): void {
  for (const [k, f] of Object.entries(defs)) t.dict.set(k, new PyBuiltin(`${t.name}.${k}`, f));
  bumpTypeEpoch();
}

export function argCount(name: string, args: PyValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    if (min === max) typeError(`${name}() takes exactly ${min === 1 ? "one argument" : `${min} arguments`} (${args.length} given)`);
    if (args.length < min) typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
}

export function kwArg(kw: Kw, name: string): PyValue | undefined {
  return kw ? kw.get(name) : undefined;
}

export function noKw(name: string, kw: Kw): void {
  if (kw && kw.size) typeError(`${name}() takes no keyword arguments`);
}
