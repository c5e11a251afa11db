// Core object protocol: type-of, truthiness, equality, hashing, repr/str, attributes, calls,
// iteration and containers. Python-level dunders are honoured via hooks.callFunction.
import { hooks } from "./ctx";
import { newExc, raise, typeError } from "./errors";
import { floatRepr, type Int } from "./num";
import { isSubtype, lookupType, bumpTypeEpoch } from "./types";
import {
  Ellipsis,
  None,
  NotImplemented,
  PyBuiltin,
  PyBytes,
  PyClassMethod,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyIter,
  PyRangeIter,
  PyListIter,
  PyList,
  PyMethod,
  PyModule,
  PyObj,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  T,
  type Kw,
  type PyValue,
} from "./value";


export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return T.int;
    case "boolean":
      return T.bool;
    case "string":
      return T.str;
    default:
      return v.cls;
  }
}
export const typeName = (v: PyValue): string => typeOf(v).name;
export const isInt = (v: PyValue): v is Int => typeof v === "number" || typeof v === "bigint";
export const isIntLike = (v: PyValue): v is Int | boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
export const isInstance = (v: PyValue, t: PyType): boolean => isSubtype(typeOf(v), t);

export function toInt(v: PyValue): Int {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyObj && v.cls !== T.float) {
    const idx = lookupType(v.cls, "__index__");
    if (idx !== undefined) return toInt(callValue(idx, [v], null));
  }
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}
export function toIndex(v: PyValue): number {
  const i = toInt(v);
  if (typeof i === "bigint") raise("IndexError", "cannot fit 'int' into an index-sized integer");
  return i as number;
}
/** Numeric value as a JS number (for float arithmetic), or null if not a number. */
export function toNum(v: PyValue): number | null {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  return null;
}

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
    case "bigint":
      return v !== 0n;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v.cls.layout === "object" || v.cls.mro.length > 2) {
    const b = lookupType(v.cls, "__bool__");
    if (b !== undefined && !(b instanceof PyBuiltin)) return callValue(b, [v], null) === true;
    const l = lookupType(v.cls, "__len__");
    if (l !== undefined && !(l instanceof PyBuiltin)) return toInt(callValue(l, [v], null)) !== 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  const l = lookupType(v.cls, "__len__");
  if (l !== undefined) return toInt(callValue(l, [v], null)) !== 0;
  return true;
}

// ---------- identity ids (deterministic, used for hashing objects inside tuples) ----------
const ids = new WeakMap<object, number>();
let nextId = 1;
export function objId(o: object): number {
  let i = ids.get(o);
  if (i === undefined) {
    i = nextId++;
    ids.set(o, i);
  }
  return i;
}
export function pyId(v: PyValue): Int {
  if (v instanceof PyObj) return 140000000000000 + objId(v) * 16;
  if (typeof v === "number") return 94000000000000 + v * 32;
  return 94000000000000 + hashInt(v);
}
function hashInt(v: PyValue): number {
  const s = String(v);
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

// ---------- hashing ----------
/** The JS Map key a dict/set uses for `v`; equal Python values give equal keys. */
export function hashKey(v: PyValue): unknown {
  switch (typeof v) {
    case "number":
    case "string":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return v;
  }
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x) && Math.abs(x) > 9007199254740991) return BigInt(x);
    return x === 0 ? 0 : x;
  }
  if (v instanceof PyTuple) {
    if (v.cls !== T.tuple) {
      const h = lookupType(v.cls, "__hash__");
      if (h instanceof PyFunction) return "\u0002h" + String(callValue(h, [v], null));
    }
    if (v.hashKey === null) v.hashKey = "\u0001(" + v.items.map(keyString).join(",") + ")";
    return v.hashKey;
  }
  if (v instanceof PySet && v.cls === T.frozenset) return "\u0001f{" + [...v.map.keys()].map((k) => keyString2(k)).sort().join(",") + "}";
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && v.cls !== T.frozenset)) typeError(`unhashable type: '${typeName(v)}'`);
  if (v.cls.layout === "object" || v.cls.layout === "exc") {
    const h = lookupType(v.cls, "__hash__");
    if (h === None) typeError(`unhashable type: '${typeName(v)}'`);
    if (h instanceof PyFunction) return "\u0002h" + String(callValue(h, [v], null));
    if (h === undefined) {
      const eq = lookupType(v.cls, "__eq__");
      if (eq instanceof PyFunction) typeError(`unhashable type: '${typeName(v)}'`);
    }
  }
  return v;
}
function keyString(v: PyValue): string {
  return keyString2(hashKey(v));
}
function keyString2(k: unknown): string {
  switch (typeof k) {
    case "number":
      return "n" + String(k);
    case "bigint":
      return "n" + String(k);
    case "string":
      return "s" + k.length + ":" + k;
    default:
      return "o" + objId(k as object);
  }
}
export function pyHash(v: PyValue): Int {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat && Number.isInteger(v.v)) return v.v;
  const k = hashKey(v);
  if (typeof k === "string") return hashInt(k);
  if (typeof k === "number") return Math.floor(k * 1000003) | 0;
  if (k instanceof PyObj) return objId(k);
  return hashInt(String(k));
}

// ---------- equality and ordering ----------
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "string" || tb === "string") return false; // strings already compared by ===
  if (ta !== "object" && tb !== "object") {
    // numbers / bigints / bools
    if (ta === "boolean") return (a ? 1 : 0) == (b as number);
    if (tb === "boolean") return (a as number) == (b ? 1 : 0);
    return (a as number) == (b as number); // number==bigint compares mathematically
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = toNum(a);
    const y = toNum(b);
    if (x === null || y === null) return userEq(a, b);
    if (typeof a === "bigint" || typeof b === "bigint") return BigInt.asIntN(64, 0n) === 0n && Number.isInteger(x) && Number.isInteger(y) ? BigInt(x) === BigInt(y) : x === y;
    return x === y;
  }
  if (a instanceof PyObj && b instanceof PyObj) {
    const ua = a.cls.layout === "object" || a.cls.mro.length > 2;
    const ub = b.cls.layout === "object" || b.cls.mro.length > 2;
    if (!ua && !ub) return nativeEq(a, b);
  }
  return userEq(a, b);
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
  if (a instanceof PyObj && b instanceof PyObj && (a.cls.layout !== "object" || b.cls.layout !== "object") && a.cls.layout === b.cls.layout && a.cls.layout !== "exc") return nativeEq2(a, b);
  return a === b;
}
function nativeEq2(a: PyObj, b: PyObj): boolean {
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return nativeEq(a, b);
  if (a instanceof PySet && b instanceof PySet) return nativeEq(a, b);
  return a === b;
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
  const c = nativeCmp(a, b);
  if (c !== null) return Number.isNaN(c) ? false : cmpResult(op, c);
  const [d, rd] = CMP_DUNDER[op]!;
  let r = tryDunder(a, d, b);
  if (r !== NotImplemented) return r;
  r = tryDunder(b, rd, a);
  if (r !== NotImplemented) return r;
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
  if (ta === "string" && typeof b === "string") return (a as string) < b ? -1 : (a as string) > b ? 1 : 0;
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
  if (a instanceof PyObj && b instanceof PyObj) {
    const seqA = a instanceof PyList ? a.items : a instanceof PyTuple && a.cls === b.cls ? a.items : null;
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
    if (a instanceof PySet && b instanceof PySet) return null;
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
/** bytes repr: like str's quoting, but every byte outside printable ASCII is \xNN */
function bytesRepr(b: string): string {
  const q = b.includes("'") && !b.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of b) {
    const c = ch.charCodeAt(0);
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
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

// ---------- repr / str ----------
const reprStack = new Set<object>();
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === q) out += "\\" + q;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && c < 0xa0) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}
export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return strRepr(v);
  }
  if (v === None) return "None";
  if (v instanceof PyFloat) return floatRepr(v.v);
  const t = v.cls;
  if (t.layout === "object" || t.mro.length > 2 || t.module !== "builtins") {
    const f = lookupType(t, "__repr__");
    if (f !== undefined && !(f instanceof PyBuiltin)) {
      const r = callValue(f, [v], null);
      if (typeof r !== "string") typeError(`__repr__ returned non-string (type ${typeName(r)})`);
      return r as string;
    }
    if (f instanceof PyBuiltin && f.name !== "object.__repr__") return f.fn([v], null) as string;
  }
  return nativeRepr(v);
}
function guarded(o: object, empty: string, f: () => string): string {
  if (reprStack.has(o)) return empty;
  reprStack.add(o);
  try {
    return f();
  } finally {
    reprStack.delete(o);
  }
}
function nativeRepr(v: PyObj): string {
  if (v instanceof PyList) return guarded(v, "[...]", () => "[" + v.items.map(repr).join(", ") + "]");
  if (v instanceof PyTuple) {
    if (v.attrs && v.attrs.has("__nt_fields__")) return namedTupleRepr(v);
    return guarded(v, "(...)", () => (v.items.length === 1 ? "(" + repr(v.items[0]!) + ",)" : "(" + v.items.map(repr).join(", ") + ")"));
  }
  if (v instanceof PyDict) {
    const body = guarded(v, "{...}", () => "{" + [...v.map.values()].map((e) => repr(e.k) + ": " + repr(e.v)).join(", ") + "}");
    if (v.cls === T.dict) return body;
    if (v.factory !== null) return `defaultdict(${repr(v.factory)}, ${body})`;
    if (v.cls.name === "Counter") return v.map.size ? `Counter(${body})` : "Counter()";
    if (v.cls.name === "OrderedDict") return v.map.size ? `OrderedDict(${body})` : "OrderedDict()";
    return body;
  }
  if (v instanceof PySet) {
    const frozen = v.cls === T.frozenset;
    if (v.map.size === 0) return frozen ? "frozenset()" : "set()";
    const body = guarded(v, "{...}", () => "{" + [...setValues(v)].map(repr).join(", ") + "}");
    return frozen ? `frozenset(${body})` : body;
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyBytes) return "b" + bytesRepr(v.v);
  if (v instanceof PyType) return v.module === "builtins" ? `<class '${v.name}'>` : `<class '${v.module}.${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at 0x${(0x7f0000000000 + objId(v) * 16).toString(16)}>`;
  if (v instanceof PyBuiltin) return v.self !== null ? `<built-in method ${v.name.split(".").pop()} of ${typeName(v.self)} object>` : `<built-in function ${v.name}>`;
  if (v instanceof PyMethod) return `<bound method ${(v.func as PyFunction).qualname ?? "?"} of ${repr(v.self)}>`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyExc) return excRepr(v);
  if (v === Ellipsis) return "Ellipsis";
  if (v === NotImplemented) return "NotImplemented";
  const mod = v.cls.module === "builtins" ? "" : v.cls.module + ".";
  return `<${mod}${v.cls.qualname} object at 0x${(0x7f0000000000 + objId(v) * 16).toString(16)}>`;
}
function namedTupleRepr(v: PyTuple): string {
  const fields = (v.attrs!.get("__nt_fields__") as PyTuple).items as string[];
  return `${v.cls.name}(${fields.map((f, i) => `${f}=${repr(v.items[i]!)}`).join(", ")})`;
}
export function excRepr(e: PyExc): string {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0]!)})`;
  return `${name}(${e.args.map(repr).join(", ")})`;
}
export function excStr(e: PyExc): string {
  if (e.cls.name === "KeyError" && e.args.length === 1 && isSubtype(e.cls, T.BaseException)) return repr(e.args[0]!);
  if (e.args.length === 0) return "";
  if (e.args.length === 1) return str(e.args[0]!);
  return repr(new PyTuple(e.args));
}
export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v instanceof PyObj && v !== None && !(v instanceof PyFloat)) {
    const t = v.cls;
    const f = lookupType(t, "__str__");
    if (f !== undefined && !(f instanceof PyBuiltin)) {
      const r = callValue(f, [v], null);
      if (typeof r !== "string") typeError(`__str__ returned non-string (type ${typeName(r)})`);
      return r as string;
    }
    if (f instanceof PyBuiltin && f.name !== "object.__str__" && f.name !== "BaseException.__str__") return f.fn([v], null) as string;
    if (v instanceof PyExc) {
      if (isSubtype(t, exc_KeyError()) && v.args.length === 1) return repr(v.args[0]!);
      return excStr(v);
    }
  }
  return repr(v);
}
let keyErrorType: PyType | null = null;
function exc_KeyError(): PyType {
  if (!keyErrorType) keyErrorType = lookupExc("KeyError");
  return keyErrorType;
}
let lookupExc: (n: string) => PyType = () => {
  throw new Error("exc lookup not installed");
};
export function installExcLookup(f: (n: string) => PyType): void {
  lookupExc = f;
}

// ---------- attributes ----------
export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOpt(obj, name);
  if (v === undefined) return attrError(obj, name);
  return v;
}
export function attrError(obj: PyValue, name: string): never {
  if (obj instanceof PyModule) raise("AttributeError", `module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyType) raise("AttributeError", `type object '${obj.name}' has no attribute '${name}'`);
  const e = newExc("AttributeError", `'${typeName(obj)}' object has no attribute '${name}'`);
  throw e;
}

function bindDescriptor(attr: PyValue, obj: PyValue, t: PyType): PyValue {
  if (attr instanceof PyFunction) return new PyMethod(attr, obj);
  if (attr instanceof PyBuiltin) return attr.self === null ? new PyBuiltin(attr.name, attr.fn, obj) : attr;
  if (attr instanceof PyClassMethod) return new PyMethod(attr.func, t);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyProperty) {
    if (attr.fget === None) raise("AttributeError", `property of '${t.name}' object has no getter`);
    return callValue(attr.fget, [obj], null);
  }
  return attr;
}

export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyObj) {
    if (obj instanceof PyModule) {
      const v = obj.dict.get(name);
      if (v !== undefined) return v;
      if (name === "__name__") return obj.name;
      if (name === "__dict__") return dictFromMap(obj.dict);
      return undefined;
    }
    if (obj instanceof PyType) return typeGetAttr(obj, name);
    if (obj instanceof PySuper) return superGetAttr(obj, name);
    const t = obj.cls;
    const attr = lookupType(t, name);
    if (attr instanceof PyProperty) return bindDescriptor(attr, obj, t);
    if (obj.attrs !== null) {
      const v = obj.attrs.get(name);
      if (v !== undefined) return v;
    }
    if (attr !== undefined) return bindDescriptor(attr, obj, t);
    const sp = specialAttr(obj, name);
    if (sp !== undefined) return sp;
    const ga = lookupType(t, "__getattr__");
    if (ga !== undefined) {
      return callValue(ga, [obj, name], null);
    }
    return undefined;
  }
  const t = typeOf(obj);
  const attr = lookupType(t, name);
  if (attr !== undefined) return bindDescriptor(attr, obj, t);
  if (name === "__class__") return t;
  if (name === "real" || name === "numerator") return isIntLike(obj) ? toInt(obj) : undefined;
  if (name === "imag") return isIntLike(obj) ? 0 : undefined;
  if (name === "denominator") return isIntLike(obj) ? 1 : undefined;
  return undefined;
}

function specialAttr(obj: PyObj, name: string): PyValue | undefined {
  switch (name) {
    case "__class__":
      return obj.cls;
    case "__dict__":
      if (obj.attrs === null) obj.attrs = new Map();
      return new AttrDictView(obj.attrs);
  }
  if (obj instanceof PyFunction) {
    switch (name) {
      case "__name__":
        return obj.name;
      case "__qualname__":
        return obj.qualname;
      case "__doc__":
        return obj.doc;
      case "__module__":
        return obj.module;
      case "__defaults__":
        return obj.defaults.length ? new PyTuple(obj.defaults) : None;
      case "__kwdefaults__":
        return obj.kwdefaults && obj.kwdefaults.size ? dictFromMap(obj.kwdefaults) : None;
      case "__code__":
        return None;
    }
  }
  if (obj instanceof PyBuiltin) {
    if (name === "__name__" || name === "__qualname__") return obj.name.split(".").pop()!;
    if (name === "__self__") return obj.self ?? None;
    if (name === "__doc__") return None;
  }
  if (obj instanceof PyMethod) {
    if (name === "__self__") return obj.self;
    if (name === "__func__") return obj.func;
    return getAttrOpt(obj.func, name);
  }
  if (obj instanceof PyExc) {
    switch (name) {
      case "args":
        return new PyTuple(obj.args);
      case "__cause__":
        return obj.cause;
      case "__context__":
        return obj.context;
      case "__suppress_context__":
        return obj.suppress;
      case "__traceback__":
        return None;
      case "__notes__":
        return undefined;
    }
  }
  if (obj instanceof PyProperty) {
    if (name === "fget") return obj.fget;
    if (name === "fset") return obj.fset;
    if (name === "__doc__") return obj.doc;
  }
  if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) {
    if (name === "__func__") return obj.func;
  }
  if (obj instanceof PyRange) {
    if (name === "start") return obj.start;
    if (name === "stop") return obj.stop;
    if (name === "step") return obj.step;
  }
  if (obj instanceof PySlice) {
    if (name === "start") return obj.start;
    if (name === "stop") return obj.stop;
    if (name === "step") return obj.step;
  }
  return undefined;
}

/** `obj.__dict__` as a live view onto the attribute map. */
export class AttrDictView extends PyDict {
  constructor(public backing: Map<string, PyValue>) {
    super();
    for (const [k, v] of backing) this.map.set(k, { k, v });
  }
}

function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const attr = lookupType(t, name);
  if (attr !== undefined) {
    if (attr instanceof PyClassMethod) return new PyMethod(attr.func, t);
    if (attr instanceof PyStaticMethod) return attr.func;
    return attr;
  }
  switch (name) {
    case "__name__":
      return t.name;
    case "__qualname__":
      return t.qualname;
    case "__mro__":
      return new PyTuple(t.mro);
    case "__bases__":
      return new PyTuple(t.bases);
    case "__base__":
      return t.bases[0] ?? None;
    case "__module__":
      return t.module;
    case "__dict__":
      return dictFromMap(t.dict);
    case "__class__":
      return t.cls;
    case "__doc__":
      return None;
  }
  // metaclass attributes (type.mro etc.)
  const meta = lookupType(t.cls, name);
  if (meta !== undefined) return bindDescriptor(meta, t, t.cls);
  return undefined;
}

function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const mro = s.objType.mro;
  const i = mro.indexOf(s.thisType);
  for (let j = i + 1; j < mro.length; j++) {
    const v = mro[j]!.dict.get(name);
    if (v !== undefined) {
      if (s.obj instanceof PyType && s.obj === s.objType && v instanceof PyFunction) return v;
      if (v instanceof PyClassMethod) return new PyMethod(v.func, s.objType);
      return bindDescriptor(v, s.obj, s.objType);
    }
  }
  if (name === "__class__") return T.super;
  return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (!(obj instanceof PyObj)) return attrReadOnly(obj, name);
  if (obj instanceof PyType) {
    obj.dict.set(name, value);
    // a patched builtin type must go through the generic __new__/__init__ lookup again
    obj.direct = null;
    bumpTypeEpoch();
    return;
  }
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  }
  const t = obj.cls;
  if (t.layout === "object" || t.mro.length > 2 || obj instanceof PyFunction || obj instanceof PyExc) {
    const attr = lookupType(t, name);
    if (attr instanceof PyProperty) {
      if (attr.fset === None) raise("AttributeError", `property '${propName(attr)}' of '${t.name}' object has no setter`);
      callValue(attr.fset, [obj, value], null);
      return;
    }
    const sa = lookupType(t, "__setattr__");
    if (sa instanceof PyFunction) {
      callValue(sa, [obj, name, value], null);
      return;
    }
    if (obj instanceof PyExc && setExcAttr(obj, name, value)) return;
    if (obj instanceof PyFunction) {
      if (name === "__name__") {
        obj.name = String(value);
        return;
      }
      if (name === "__qualname__") {
        obj.qualname = String(value);
        return;
      }
      if (name === "__doc__") {
        obj.doc = value;
        return;
      }
      if (name === "__module__") {
        obj.module = String(value);
        return;
      }
    }
    if (obj.attrs === null) obj.attrs = new Map();
    obj.attrs.set(name, value);
    return;
  }
  attrReadOnly(obj, name);
}
function propName(p: PyProperty): string {
  return p.fget instanceof PyFunction ? p.fget.name : "?";
}
function setExcAttr(e: PyExc, name: string, v: PyValue): boolean {
  switch (name) {
    case "__cause__":
      e.cause = v;
      e.suppress = true;
      return true;
    case "__context__":
      e.context = v;
      return true;
    case "__suppress_context__":
      e.suppress = truthy(v);
      return true;
    case "args":
      e.args = iterToArray(v);
      return true;
    case "__traceback__":
      return true;
  }
  return false;
}
export function objectSetAttr(obj: PyValue, name: string, value: PyValue): void {
  if (!(obj instanceof PyObj)) return attrReadOnly(obj, name);
  if (obj instanceof PyExc && setExcAttr(obj, name, value)) return;
  if (obj.attrs === null) obj.attrs = new Map();
  obj.attrs.set(name, value);
}
function attrReadOnly(obj: PyValue, name: string): never {
  const t = typeOf(obj);
  if (lookupType(t, name) !== undefined) raise("AttributeError", `'${t.name}' object attribute '${name}' is read-only`);
  return raise("AttributeError", `'${t.name}' object has no attribute '${name}'`);
}
export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyType) {
    if (!obj.dict.delete(name)) attrError(obj, name);
    bumpTypeEpoch();
    return;
  }
  if (obj instanceof PyObj) {
    const attr = lookupType(obj.cls, name);
    if (attr instanceof PyProperty && attr.fdel !== None) {
      callValue(attr.fdel, [obj], null);
      return;
    }
    if (obj.attrs && obj.attrs.delete(name)) return;
  }
  attrError(obj, name);
}

// ---------- calls ----------
export function callValue(fn: PyValue, args: PyValue[], kw: Kw): PyValue {
  if (fn instanceof PyFunction) return hooks.callFunction(fn, args, kw);
  if (fn instanceof PyBuiltin) return fn.self !== null ? fn.fn([fn.self, ...args], kw) : fn.fn(args, kw);
  if (fn instanceof PyMethod) return callValue(fn.func, [fn.self, ...args], kw);
  if (fn instanceof PyType) return fn.direct !== null ? fn.direct(args, kw) : callType(fn, args, kw);
  if (fn instanceof PyObj) {
    const c = lookupType(fn.cls, "__call__");
    if (c !== undefined) return callValue(c, [fn, ...args], kw);
  }
  return typeError(`'${typeName(fn)}' object is not callable`);
}

export function callType(t: PyType, args: PyValue[], kw: Kw): PyValue {
  if (t === T.type && args.length === 1 && !kw) return typeOf(args[0]!);
  const newFn = lookupType(t, "__new__");
  let obj: PyValue;
  if (newFn === undefined) obj = allocInstance(t);
  else {
    const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    obj = callValue(f, [t, ...args], kw);
    if (!isInstance(obj, t)) return obj;
  }
  const init = lookupType(typeOf(obj), "__init__");
  if (init !== undefined && init !== objectInit) callValue(init, [obj, ...args], kw);
  else if (init === objectInit && newFn === undefined && (args.length || (kw && kw.size))) typeError(`${t.name}() takes no arguments`);
  return obj;
}
export let objectInit: PyValue = None;
export function setObjectInit(v: PyValue): void {
  objectInit = v;
}

export function allocInstance(t: PyType): PyObj {
  hooks.alloc(1);
  switch (t.layout) {
    case "exc":
      return new PyExc(t);
    case "list":
      return new PyList([], t);
    case "dict":
      return new PyDict(t);
    case "set":
      return new PySet(t);
    case "tuple":
      return new PyTuple([], t);
    default: {
      const o = new PyObj(t);
      o.attrs = new Map();
      return o;
    }
  }
}

// ---------- iteration ----------
export function getIter(v: PyValue): PyValue {
  if (v instanceof PyIter) return v;
  if (typeof v === "string") {
    const s = v;
    let i = 0;
    return new PyIter(() => {
      if (i >= s.length) return undefined;
      const c = s.codePointAt(i)!;
      const ch = String.fromCodePoint(c);
      i += ch.length;
      return ch;
    });
  }
  if (v instanceof PyObj) {
    if (v.cls.layout === "object" || v.cls.mro.length > 2) {
      const f = lookupType(v.cls, "__iter__");
      if (f !== undefined && !(f instanceof PyBuiltin)) {
        const it = callValue(f, [v], null);
        if (getAttrOpt(it, "__next__") === undefined && !(it instanceof PyIter)) typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
        return it;
      }
      if (f === undefined && v.cls.layout === "object") {
        const gi = lookupType(v.cls, "__getitem__");
        if (gi !== undefined) {
          let i = 0;
          return new PyIter(() => {
            try {
              return callValue(gi, [v, i++], null);
            } catch (e) {
              if (e instanceof PyExc && (e.cls.name === "IndexError" || e.cls.name === "StopIteration")) return undefined;
              throw e;
            }
          });
        }
      }
    }
    if (v instanceof PyList) return listIter(v.items);
    if (v instanceof PyTuple) return listIter(v.items);
    if (v instanceof PyDict) {
      const it = v.map.values();
      const size = v.map.size;
      return new PyIter(() => {
        if (v.map.size !== size) raise("RuntimeError", "dictionary changed size during iteration");
        const r = it.next();
        return r.done ? undefined : r.value.k;
      });
    }
    if (v instanceof PySet) {
      const it = setValues(v)[Symbol.iterator]();
      return new PyIter(() => {
        const r = it.next();
        return r.done ? undefined : r.value;
      });
    }
    if (v instanceof PyRange) {
      return new PyRangeIter(v.start, v.stop, v.step, rangeIterType);
    }
    const f = lookupType(v.cls, "__iter__");
    if (f !== undefined) return callValue(f, [v], null);
  }
  return typeError(`'${typeName(v)}' object is not iterable`);
}
export let rangeIterType: PyType = T.iterator;
export function setRangeIterType(t: PyType): void {
  rangeIterType = t;
}
export function listIter(items: PyValue[]): PyIter {
  return new PyListIter(items);
}
/** Next item from an iterator, or undefined when exhausted (StopIteration swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIter) return it.next();
  const f = it instanceof PyObj ? lookupType(it.cls, "__next__") : undefined;
  if (f === undefined) return typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callValue(f, [it], null);
  } catch (e) {
    if (e instanceof PyExc && e.cls.name === "StopIteration") return undefined;
    throw e;
  }
}
export function iterToArray(v: PyValue): PyValue[] {
  if (v instanceof PyList && v.cls === T.list) return v.items.slice();
  if (v instanceof PyTuple && v.cls === T.tuple) return v.items.slice();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}
export function forEach(v: PyValue, f: (x: PyValue) => void): void {
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) f(x);
}

// ---------- containers ----------
/** A set's elements in iteration order: CPython's slot order while it is known (see set-table.ts), else insertion order. */
export function setValues(s: PySet): Iterable<PyValue> {
  return s.map.values();
}
export function dictFromMap(m: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.map.set(k, { k, v });
  return d;
}
export function dictGet(d: PyDict, k: PyValue): PyValue | undefined {
  return d.map.get(hashKey(k))?.v;
}
export function dictSet(d: PyDict, k: PyValue, v: PyValue): void {
  const hk = hashKey(k);
  const e = d.map.get(hk);
  if (e) e.v = v;
  else d.map.set(hk, { k, v });
}
export function newList(items: PyValue[]): PyList {
  hooks.alloc(1 + (items.length >> 3));
  return new PyList(items);
}
export function newTuple(items: PyValue[]): PyTuple {
  return new PyTuple(items);
}

export function pyLen(v: PyValue): number {
  if (typeof v === "string") return v.length;
  if (v instanceof PyObj) {
    if (v.cls.layout === "object" || v.cls.mro.length > 2) {
      const f = lookupType(v.cls, "__len__");
      if (f !== undefined && !(f instanceof PyBuiltin)) {
        const n = toInt(callValue(f, [v], null));
        if (n < 0) valueErrorLen();
        return Number(n);
      }
    }
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict || v instanceof PySet) return v.map.size;
    if (v instanceof PyRange) return v.length;
    if (v instanceof PyBytes) return v.v.length;
    const f = lookupType(v.cls, "__len__");
    if (f !== undefined) return Number(toInt(callValue(f, [v], null)));
  }
  return typeError(`object of type '${typeName(v)}' has no len()`);
}
function valueErrorLen(): never {
  return raise("ValueError", "__len__() should return >= 0");
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item as string);
  }
  if (container instanceof PyObj) {
    if (container.cls.layout === "object" || container.cls.mro.length > 2) {
      const f = lookupType(container.cls, "__contains__");
      if (f !== undefined && !(f instanceof PyBuiltin)) return truthy(callValue(f, [container, item], null));
    }
    if (container instanceof PyDict) return container.map.has(hashKey(item));
    if (container instanceof PySet) return container.map.has(hashKey(item));
    if (container instanceof PyList || container instanceof PyTuple) {
      for (const x of container.items) if (x === item || pyEq(x, item)) return true;
      return false;
    }
    if (container instanceof PyRange) {
      const n = toNum(item);
      if (n === null || !Number.isInteger(n)) return false;
      const { start, stop, step } = container;
      if (step > 0 ? n < start || n >= stop : n > start || n <= stop) return false;
      return (n - start) % step === 0;
    }
    const f = lookupType(container.cls, "__contains__");
    if (f !== undefined) return truthy(callValue(f, [container, item], null));
  }
  const it = getIter(container);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === item || pyEq(x, item)) return true;
  return false;
}

export function isNone(v: PyValue): boolean {
  return v === None;
}
