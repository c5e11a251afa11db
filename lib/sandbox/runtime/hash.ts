// Identity ids and hashing: the key a dict or set stores a value under (equal values, equal keys)
// and hash().
import { callValue } from "./call";
import { pyEq } from "./compare";
import { typeName } from "./coerce";
import { carriedValue } from "./value";
import { typeError } from "./errors";
import { norm, type Int } from "./num";
import { intHash, pyHashBig } from "./py-hash";
import { lookupType } from "./types";
import { PyUnion } from "./union-type";
import { None, PyBytes, PyComplex, PyDict, PyFloat, PyFunction, PyList, PyMethod, PyObj, PySet, PyTuple, PyType, T, type PyValue } from "./value";

// id() and the hash of a plain object come from a counter, not an address (CPython's vary from
// run to run anyway, so no program's output may depend on them)
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
  if (v instanceof PyComplex) return v.im === 0 ? hashKey(new PyFloat(v.re)) : "\u0004c" + String(v.re) + "," + String(v.im);
  // bytes equal to a str are still a different key (b"a" != "a")
  if (v instanceof PyBytes) return v.cls === T.bytearray ? typeError("unhashable type: 'bytearray'") : "\u0003b" + v.v;
  if (v instanceof PyTuple) {
    if (v.cls !== T.tuple) {
      const h = lookupType(v.cls, "__hash__");
      if (h instanceof PyFunction) return userHashKey(v, h);
    }
    if (v.hashKey === null) v.hashKey = "\u0001(" + v.items.map(keyString).join(",") + ")";
    return v.hashKey;
  }
  if (v instanceof PySet && v.cls === T.frozenset)
    return (
      "\u0001f{" +
      [...v.map.keys()]
        .map((k) => keyString2(k))
        .sort()
        .join(",") +
      "}"
    );
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && v.cls !== T.frozenset)) typeError(`unhashable type: '${typeName(v)}'`);
  // a bound method is keyed by what it binds (by identity, as its == compares) and its function
  if (v instanceof PyMethod) return "\u0005m" + (v.self instanceof PyObj ? "o" + objId(v.self) : keyString(v.self)) + ":" + keyString(v.func);
  // a union is keyed by its members in any order, as it compares
  if (v instanceof PyUnion) return "\u0005u{" + v.args.map(keyString).sort().join(",") + "}";
  // an instance of an int, float or str subclass (an IntEnum or StrEnum member too) stands for
  // the value it carries, which is its key, unless its class made it unhashable
  const carried = carriedValue(v);
  if (carried !== undefined) {
    if (!hashableCarrier(v.cls)) typeError(`unhashable type: '${typeName(v)}'`);
    // a subclass with a __hash__ of its own is keyed by it, unless it hashes and compares as
    // the value it carries (then it meets that value, as in CPython's table)
    const h = lookupType(v.cls, "__hash__");
    if (h instanceof PyFunction) {
      const hv = userHashValue(v, h);
      return userHashKey(v, hv, () => (hv === BigInt(pyHash(carried)) && pyEq(v, carried) ? hashKey(carried) : null));
    }
    return hashKey(carried);
  }
  if (v.cls.layout === "object" || v.cls.layout === "exc") {
    const h = lookupType(v.cls, "__hash__");
    if (h === None) typeError(`unhashable type: '${typeName(v)}'`);
    if (h instanceof PyFunction) return userHashKey(v, h);
    if (h === undefined) {
      const eq = lookupType(v.cls, "__eq__");
      if (eq instanceof PyFunction) typeError(`unhashable type: '${typeName(v)}'`);
    }
  }
  return v;
}

/** Objects hashed by a Python __hash__, grouped by hash value: a dict or set key stands for the
 * first object of its group that is == to it, so unequal objects with one hash stay apart (as
 * they do in CPython's probing) and equal ones meet. One registry per run (resetUserHashed). */
let userHashed = new Map<string, { v: PyValue; key: unknown }[]>();

export function resetUserHashed(): void {
  userHashed = new Map();
}

/** what the class's __hash__ `h` says `v` hashes to, as CPython keeps it */
function userHashValue(v: PyValue, h: PyValue): bigint {
  const r = callValue(h, [v], null);
  let hv: bigint;
  if (typeof r === "number" || typeof r === "boolean") hv = BigInt(r);
  else if (typeof r === "bigint") hv = r;
  else return typeError("__hash__ method should return an integer");
  // CPython keeps a __hash__ result that fits in 64 bits as it is, and hashes a bigger int again
  if (BigInt.asIntN(64, hv) !== hv) hv = intHash(hv);
  return hv === -1n ? -2n : hv;
}

/** the key of `v`, whose class's __hash__ is `h` (or gave `h`): an equal member's of its hash
 * group, else "\u0002h<hash>#<n>" (set-table.ts reads the hash back), or `plain()`'s key when
 * the object hashes and compares as a plain value (a str subclass equal to the str it carries) */
function userHashKey(v: PyValue, h: PyValue | bigint, plain?: () => unknown): unknown {
  const hs = String(typeof h === "bigint" ? h : userHashValue(v, h));
  let group = userHashed.get(hs);
  if (group === undefined) userHashed.set(hs, (group = []));
  for (const m of group) if (m.v === v || pyEq(m.v, v)) return m.key;
  const key = plain?.() ?? `\u0002h${hs}#${group.length}`;
  group.push({ v, key });
  return key;
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

/** hash(v): CPython's own value for ints, floats, str, bytes, tuples and frozensets (py-hash.ts) */
export function pyHash(v: PyValue): Int {
  return norm(pyHashBig(v, objectHash)!);
}

/** object.__hash__: by identity, as CPython's is by address (id() // 16) */
export function identityHash(v: PyValue): Int {
  return v instanceof PyObj ? 8750000000000 + objId(v) : pyHash(v);
}

/** the hash of a value with no fixed one: its class's __hash__, or its identity */
/** CPython sets __hash__ to None in a class body that defines __eq__ without __hash__. */
function hashableCarrier(t: PyType): boolean {
  for (const k of t.mro) {
    if (k.module === "builtins") return true;
    const h = k.dict.get("__hash__");
    if (h !== undefined) return h !== None;
    if (k.dict.has("__eq__")) return false;
  }
  return true;
}

function objectHash(v: PyValue): bigint {
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && v.cls !== T.frozenset)) typeError(`unhashable type: '${typeName(v)}'`);
  if (v instanceof PyUnion) return v.args.reduce((h: bigint, m) => h ^ BigInt(identityHash(m)), 0n);
  if (v instanceof PyMethod) return BigInt.asIntN(64, BigInt(identityHash(v.self)) ^ BigInt(pyHash(v.func)));
  if (v instanceof PyObj && v.cls.layout !== "float") {
    const h = lookupType(v.cls, "__hash__");
    if (h === None) typeError(`unhashable type: '${typeName(v)}'`);
    if (h instanceof PyFunction) {
      const r = callValue(h, [v], null);
      if (typeof r === "number" || typeof r === "boolean") return r === -1 ? -2n : BigInt(r);
      if (typeof r === "bigint") {
        const h = BigInt.asIntN(64, r) === r ? r : intHash(r);
        return h === -1n ? -2n : h;
      }
      typeError("__hash__ method should return an integer");
    }
    if (h === undefined && lookupType(v.cls, "__eq__") instanceof PyFunction) typeError(`unhashable type: '${typeName(v)}'`);
  }
  const carried = carriedValue(v);
  if (carried !== undefined) {
    if (!hashableCarrier((v as PyObj).cls)) typeError(`unhashable type: '${typeName(v)}'`);
    return pyHashBig(carried, objectHash)!;
  }
  return BigInt(identityHash(v));
}
