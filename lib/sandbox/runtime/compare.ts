// Equality and ordering: ==, <, <=, >, >= with Python's dunder protocol (reflected operands,
// subclass first) and native fast paths.
import { compareStr } from "./str-cp";
import { asComplex } from "./complex";
import { callValue } from "./call";
import { toNum, truthy, typeName, typeOf } from "./coerce";
import { carriedValue, plainValue } from "./value";
import { typeError } from "./errors";
import { isSubtype, lookupType } from "./types";
import { PyUnion } from "./union-type";
import { PyDictView, dictViewCompare } from "./dict-view";
import { NotImplemented, PyBuiltin, PyBytes, PyDict, PyComplex, PyFloat, PyFunction, PyList, PyMethod, PyObj, PyRange, PySet, PySlice, PyTuple, T, type PyValue } from "./value";

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const ta = typeof a;
  const tb = typeof b;
  // strings were compared by ===; a str against an object may still be equal (StrEnum members)
  if (ta === "string" || tb === "string") return (ta === "object" || tb === "object") && userEq(a, b);
  if (ta !== "object" && tb !== "object") {
    // numbers / bigints / bools
    if (ta === "boolean") return (a ? 1 : 0) == (b as number);
    if (tb === "boolean") return (a as number) == (b ? 1 : 0);
    return (a as number) == (b as number); // number==bigint compares mathematically
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const x = asComplex(a);
    const y = asComplex(b);
    if (x === null || y === null) return userEq(a, b);
    return x.re === y.re && x.im === y.im;
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = toNum(a);
    const y = toNum(b);
    if (x === null || y === null) return userEq(a, b);
    if (typeof a === "bigint" || typeof b === "bigint") return Number.isInteger(x) && Number.isInteger(y) ? BigInt(x) === BigInt(y) : x === y;
    return x === y;
  }
  // bytes == bytearray compares the bytes
  if (a instanceof PyBytes && b instanceof PyBytes && a.cls.mro.length === 2 && b.cls.mro.length === 2) return a.v === b.v;
  if (a instanceof PyObj && b instanceof PyObj) {
    if (a instanceof PyDictView || b instanceof PyDictView) {
      const r = dictViewCompare("==", a, b);
      if (r !== null) return r;
    }
    const ua = a.cls.layout === "object" || a.cls.mro.length > 2;
    const ub = b.cls.layout === "object" || b.cls.mro.length > 2;
    if (!ua && !ub) return nativeEq(a, b);
  }
  return userEq(a, b);
}

/** A Python-level `__eq__` or `__ne__` somewhere in the value's class: only then can `==` differ
 * from the truth test below. */
function definesEquality(v: PyValue): boolean {
  if (!(v instanceof PyObj)) return false;
  const eq = lookupType(v.cls, "__eq__");
  if (eq !== undefined && !(eq instanceof PyBuiltin)) return true;
  const ne = lookupType(v.cls, "__ne__");
  return ne !== undefined && !(ne instanceof PyBuiltin);
}

/** The `==` operator. Unlike `pyEq` (the truth test containers use, which may take `a is b` as
 * equal, as CPython's element comparisons do), it gives a class's `__eq__` the last word even on
 * the same object and returns whatever that method returns. */
export function pyEqOp(a: PyValue, b: PyValue): PyValue {
  if (!definesEquality(a) && !definesEquality(b)) return pyEq(a, b);
  return richEquality(a, b, "__eq__");
}

/** The `!=` operator: a class's `__ne__`, or else its `__eq__` inverted (object's default). */
export function pyNeOp(a: PyValue, b: PyValue): PyValue {
  if (!definesEquality(a) && !definesEquality(b)) return !pyEq(a, b);
  return richEquality(a, b, "__ne__");
}

function richEquality(a: PyValue, b: PyValue, name: "__eq__" | "__ne__"): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (tb !== ta && isSubtype(tb, ta)) {
    const r = equalitySide(b, a, name);
    if (r !== NotImplemented) return r;
  }
  let r = equalitySide(a, b, name);
  if (r !== NotImplemented) return r;
  r = equalitySide(b, a, name);
  if (r !== NotImplemented) return r;
  if (carriesValue(a) || carriesValue(b)) {
    const eq = pyEq(plainValue(a), plainValue(b));
    return name === "__eq__" ? eq : !eq;
  }
  const same =
    a instanceof PyObj && b instanceof PyObj && (a.cls.layout !== "object" || b.cls.layout !== "object") && a.cls.layout === b.cls.layout && a.cls.layout !== "exc"
      ? nativeEq2(a, b)
      : a === b;
  return name === "__eq__" ? same : !same;
}

function equalitySide(self: PyValue, other: PyValue, name: "__eq__" | "__ne__"): PyValue {
  const r = tryDunder(self, name, other);
  if (r !== NotImplemented || name === "__eq__") return r;
  // int's, float's and str's own __ne__ compares the values: a subclass's __eq__ does not reach it
  if (carriesValue(self)) return NotImplemented;
  const eq = tryDunder(self, "__eq__", other);
  return eq === NotImplemented ? NotImplemented : !truthy(eq);
}

function nativeEq(a: PyObj, b: PyObj): boolean {
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      const o = b.map.get(k);
      if (!o || !pyEq(e.v, o.v)) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) return seqEq(rangeItems(a), rangeItems(b));
  if (a instanceof PyBytes && b instanceof PyBytes) return a.v === b.v;
  if (a instanceof PySlice && b instanceof PySlice) return pyEq(a.start, b.start) && pyEq(a.stop, b.stop) && pyEq(a.step, b.step);
  return userEq(a, b);
}

function rangeItems(r: PyRange): PyValue[] {
  const out: number[] = [];
  for (let i = 0, n = r.length; i < n; i++) out.push(r.start + i * r.step);
  return out;
}

function seqEq(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !pyEq(a[i]!, b[i]!)) return false;
  return true;
}

function userEq(a: PyValue, b: PyValue): boolean {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (tb !== ta && isSubtype(tb, ta)) {
    const r = tryDunder(b, "__eq__", a);
    if (r !== NotImplemented) return truthy(r);
  }
  let r = tryDunder(a, "__eq__", b);
  if (r !== NotImplemented) return truthy(r);
  r = tryDunder(b, "__eq__", a);
  if (r !== NotImplemented) return truthy(r);
  if (carriesValue(a) || carriesValue(b)) return pyEq(plainValue(a), plainValue(b));
  if (a instanceof PyObj && b instanceof PyObj && (a.cls.layout !== "object" || b.cls.layout !== "object") && a.cls.layout === b.cls.layout && a.cls.layout !== "exc")
    return nativeEq2(a, b);
  // bound methods are equal when they bind the same object (by identity, as 3.8+) to equal functions
  if (a instanceof PyMethod && b instanceof PyMethod) return a.self === b.self && pyEq(a.func, b.func);
  // int | str == str | int: unions compare as sets of their members
  if (a instanceof PyUnion && b instanceof PyUnion) return a.args.length === b.args.length && a.args.every((m) => b.args.includes(m));
  return a === b;
}

function nativeEq2(a: PyObj, b: PyObj): boolean {
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return nativeEq(a, b);
  if (a instanceof PySet && b instanceof PySet) return nativeEq(a, b);
  return a === b;
}

function carriesValue(v: PyValue): boolean {
  return typeof v === "object" && carriedValue(v) !== undefined;
}

function tryDunder(self: PyValue, name: string, other: PyValue): PyValue {
  const t = typeOf(self);
  const f = lookupType(t, name);
  if (f === undefined || f instanceof PyBuiltin) return NotImplemented;
  return callValue(f, [self, other], null);
}

const CMP_DUNDER: Record<string, [string, string]> = {
  "<": ["__lt__", "__gt__"],
  "<=": ["__le__", "__ge__"],
  ">": ["__gt__", "__lt__"],
  ">=": ["__ge__", "__le__"],
};

function cmpResult(op: string, c: number): boolean {
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    default:
      return c >= 0;
  }
}

/** <, <=, >, >= */
export function pyCompare(op: "<" | "<=" | ">" | ">=", a: PyValue, b: PyValue): PyValue {
  if (a instanceof PySet && b instanceof PySet && isPlainSet(a) && isPlainSet(b)) return setCompare(op, a, b);
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const r = dictViewCompare(op, a, b);
    if (r !== null) return r;
  }
  const c = nativeCmp(a, b);
  if (c !== null) return Number.isNaN(c) ? false : cmpResult(op, c);
  const [d, rd] = CMP_DUNDER[op]!;
  let r = tryDunder(a, d, b);
  if (r !== NotImplemented) return r;
  r = tryDunder(b, rd, a);
  if (r !== NotImplemented) return r;
  if (carriesValue(a) || carriesValue(b)) return pyCompare(op, plainValue(a), plainValue(b));
  return typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function pyLess(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return truthy(pyCompare("<", a, b));
}

/** Three-way comparison for natively ordered values, or null. NaN → NaN. */
function nativeCmp(a: PyValue, b: PyValue): number | null {
  const ta = typeof a;
  if (ta === "number" && typeof b === "number") return (a as number) - b;
  if (ta === "string" && typeof b === "string") return compareStr(a as string, b);
  const x = numOrNull(a);
  if (x !== null) {
    const y = numOrNull(b);
    if (y === null) return null;
    if (typeof x === "bigint" || typeof y === "bigint") {
      if (typeof x === "bigint" && typeof y === "bigint") return x < y ? -1 : x > y ? 1 : 0;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof PyBytes && b instanceof PyBytes) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (a instanceof PyObj && b instanceof PyObj) {
    const seqA = a instanceof PyList ? a.items : a instanceof PyTuple ? a.items : null;
    if (seqA && ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) && !hasUserCmp(a)) {
      const seqB = (b as PyList).items;
      const n = Math.min(seqA.length, seqB.length);
      for (let i = 0; i < n; i++) {
        const x2 = seqA[i]!;
        const y2 = seqB[i]!;
        if (x2 === y2 || pyEq(x2, y2)) continue;
        return truthy(pyCompare("<", x2, y2)) ? -1 : 1;
      }
      return seqA.length - seqB.length;
    }
  }
  return null;
}

function isPlainSet(s: PySet): boolean {
  return s.cls === T.set || s.cls === T.frozenset;
}

/** Sets are partially ordered by inclusion: <= is issubset, < a proper subset. */
function setCompare(op: "<" | "<=" | ">" | ">=", a: PySet, b: PySet): boolean {
  const [small, big] = op === "<" || op === "<=" ? [a, b] : [b, a];
  if (small.map.size > big.map.size) return false;
  if ((op === "<" || op === ">") && small.map.size === big.map.size) return false;
  for (const k of small.map.keys()) if (!big.map.has(k)) return false;
  return true;
}

function hasUserCmp(o: PyObj): boolean {
  return o.cls !== T.list && o.cls !== T.tuple && lookupType(o.cls, "__lt__") instanceof PyFunction;
}

function numOrNull(v: PyValue): number | bigint | null {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  return null;
}
