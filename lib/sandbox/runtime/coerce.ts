// Type of a value and conversions every other part of the runtime needs: typeOf, int/index/number
// coercion, truthiness.
import { callValue } from "./call";
import { raise, typeError } from "./errors";
import type { Int } from "./num";
import { isSubtype, lookupType } from "./types";
import { carriedValue, None, PyBuiltin, PyDict, PyComplex, PyFloat, PyList, PyObj, PyRange, PySet, PyTuple, PyType, T, type PyValue } from "./value";

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

export const typeName = (v: PyValue): string => {
  const t = typeOf(v);
  return t.cName ?? t.name;
};

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
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  if (v.cls.layout === "object" || v.cls.mro.length > 2) {
    const b = lookupType(v.cls, "__bool__");
    if (b !== undefined && !(b instanceof PyBuiltin)) return callValue(b, [v], null) === true;
    const l = lookupType(v.cls, "__len__");
    if (l !== undefined && !(l instanceof PyBuiltin)) return toInt(callValue(l, [v], null)) !== 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  const carried = carriedValue(v);
  if (carried !== undefined) return truthy(carried);
  const l = lookupType(v.cls, "__len__");
  if (l !== undefined) return toInt(callValue(l, [v], null)) !== 0;
  return true;
}
