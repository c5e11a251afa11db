// Identity ids and hashing: the key a dict or set stores a value under (equal values, equal keys)
// and hash().
import { callValue } from "./call";
import { typeName } from "./coerce";
import { typeError } from "./errors";
import type { Int } from "./num";
import { lookupType } from "./types";
import { None, PyDict, PyFloat, PyFunction, PyList, PyObj, PySet, PyTuple, T, type PyValue } from "./value";

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
  // instances of int/str subclasses are objects in the sandbox; enum.IntEnum/StrEnum members
  // (and int/str mixins) stand for the value they carry, which is their key
  if (v.cls.layout === "int" || v.cls.layout === "str") {
    const carried = v.attrs?.get("_value_");
    if (carried !== undefined) return hashKey(carried);
  }
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
  if (typeof k === "string") {
    // an object's own __hash__ result is kept in its key
    if (k.startsWith("\u0002h")) {
      const own = Number(k.slice(2));
      if (Number.isSafeInteger(own)) return own;
    }
    return hashInt(k);
  }
  if (typeof k === "number") return Number.isInteger(k) ? k : Math.floor(k * 1000003) | 0;
  if (k instanceof PyObj) return objId(k);
  return hashInt(String(k));
}
