// Helpers for defining native functions and methods with argument checking.
import { toNum, typeName } from "./coerce";
import { CPYTHON_ARITY } from "./cpython-arity";
import { typeError } from "./errors";
import { bumpTypeEpoch } from "./types";
import { carriedValue, PyBuiltin, PyModule, T, type Kw, type NativeFn, type PyType, type PyValue } from "./value";

export function fn(name: string, f: NativeFn): PyBuiltin {
  const b = new PyBuiltin(name, f);
  b.binds = false;
  return b;
}

/** A function of the builtins module, refusing the argument counts CPython refuses with its words. */
export function builtinFn(name: string, f: NativeFn): PyBuiltin {
  const b = new PyBuiltin(name, withArity(name, f, 0));
  b.binds = false;
  return b;
}

/** Define native methods on a type; `self` is args[0]. */
export function methods(t: PyType, defs: Record<string, NativeFn>): void {
  const onValues = t === T.int || t === T.float || t === T.str;
  for (const [k, f] of Object.entries(defs))
    t.dict.set(k, new PyBuiltin(`${t.name}.${k}`, withArity(`${t.name}.${k}`, onValues ? onCarriedValues(f, RENDERING.has(k) ? 1 : Infinity) : f, 1)));
  bumpTypeEpoch();
}

/** str methods whose other arguments are values to render: "{}".format(x) and "%s" % x use x's
 * own __str__ and __format__, so only self is read as a plain value. */
const RENDERING = new Set(["format", "format_map", "__mod__", "__rmod__"]);

/** An int, float or str method run on an instance of a subclass (I(5).bit_length(),
 * int.__add__(self, other) from an override) works on the plain values the first `upTo`
 * arguments carry. */
function onCarriedValues(f: NativeFn, upTo: number): NativeFn {
  return (args, kw) => {
    let plain: PyValue[] | null = null;
    for (let i = 0; i < args.length && i < upTo; i++) {
      const a = args[i]!;
      if (typeof a !== "object") continue;
      const c = carriedValue(a);
      if (c === undefined) continue;
      plain ??= args.slice();
      plain[i] = c;
    }
    return f(plain ?? args, kw);
  };
}

/** `f` behind CPython 3.11's argument-count check for `name` (scripts/cpython-arity.py), when
 * CPython's builtins have it; `self` is 1 for a method, whose args[0] is the instance. A count
 * below the fewest is let through when keywords came, as they may supply the missing ones. */
function withArity(name: string, f: NativeFn, self: 0 | 1): NativeFn {
  const spec = CPYTHON_ARITY[name];
  if (spec === undefined) return f;
  const [min, max, few, many, noKeywords] = spec;
  return (args, kw) => {
    const n = args.length - self;
    if (n < min || (max >= 0 && n > max) || (noKeywords !== "" && kw !== null && kw.size > 0)) {
      if (n < 0) typeError(`unbound method ${name}() needs an argument`);
      if (max >= 0 && n > max) typeError(many.replace("%d", String(n)));
      if (noKeywords !== "" && kw !== null && kw.size > 0) typeError(noKeywords);
      if (kw === null || kw.size === 0) typeError(few[n]!);
    }
    return f(args, kw);
  };
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
