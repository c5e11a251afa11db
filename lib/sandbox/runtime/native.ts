// Helpers for defining native functions and methods with argument checking.
import { toNum, typeName } from "./coerce";
import { typeError } from "./errors";
import { bumpTypeEpoch } from "./types";
import { PyBuiltin, PyModule, type Kw, type NativeFn, type PyType, type PyValue } from "./value";

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

/** A native module: a namespace of values (natives, constants). */
export function makeModule(name: string, entries: Record<string, PyValue>): PyModule {
  return new PyModule(name, new Map(Object.entries(entries)));
}

/** A float-or-int argument as a JS number ("must be real number, not str" otherwise). */
export function realArg(v: PyValue): number {
  const n = toNum(v);
  if (n === null) typeError(`must be real number, not ${typeName(v)}`);
  return n as number;
}
