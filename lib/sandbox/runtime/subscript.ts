// obj[key], obj[key] = v, del obj[key] for builtin containers (with slices) and user dunders.
import { PyByteArray, byteArrayDelItem, byteArraySetItem, sameKind } from "./bytes-ops";
import { raise, typeError } from "./errors";
import { callValue } from "./call";
import { toIndex, typeName, isIntLike } from "./coerce";
import { dictGet } from "./containers";
import { genericAlias } from "./generic-alias";
import { hashKey } from "./hash";
import { repr } from "./repr";
import { codePoints, hasPairs } from "./str-cp";
import { lookupType } from "./types";
import { carriedValue, None, PyBuiltin, PyBytes, PyClassMethod, PyDict, PyList, PyObj, PyRange, PySlice, PyTuple, theEmptyTuple, PyType, T, type PyValue } from "./value";

export function sliceIndices(s: PySlice, len: number): [number, number, number] {
  const step = s.step === None ? 1 : toIndex(s.step);
  if (step === 0) raise("ValueError", "slice step cannot be zero");
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = toIndex(s.start);
    if (start < 0) start = Math.max(start + len, step < 0 ? -1 : 0);
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = toIndex(s.stop);
    if (stop < 0) stop = Math.max(stop + len, step < 0 ? -1 : 0);
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  return [start, stop, step];
}

function sliceArray<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]!);
  else for (let i = start; i > stop; i += step) out.push(items[i]!);
  return out;
}

/** Whether `i` can index a sequence: an int, a bool, or an object with __index__. */
function indexLike(i: PyValue): boolean {
  return isIntLike(i) || (i instanceof PyObj && i.cls !== T.float && lookupType(i.cls, "__index__") !== undefined);
}

function normIndex(i: PyValue, len: number, what: string): number {
  if (!indexLike(i)) typeError(`${what} indices must be integers or slices, not ${typeName(i)}`);
  let n = toIndex(i);
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise("IndexError", `${what} index out of range`);
  return n;
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const user = obj.cls.mro.length > 2 ? lookupType(obj.cls, "__getitem__") : undefined;
    if (user !== undefined && !(user instanceof PyBuiltin)) return callValue(user, [obj, key], null);
    if (key instanceof PySlice) {
      const r = sliceArray(obj.items, key);
      return obj instanceof PyList ? new PyList(r) : r.length ? new PyTuple(r) : theEmptyTuple();
    }
    return obj.items[normIndex(key, obj.items.length, obj instanceof PyList ? "list" : "tuple")]!;
  }
  if (typeof obj === "string") {
    const wide = hasPairs(obj);
    if (key instanceof PySlice) {
      if (!wide && (key.step === None || key.step === 1)) {
        const [start, stop] = sliceIndices(key, obj.length);
        return obj.slice(start, Math.max(start, stop));
      }
      return sliceArray(wide ? codePoints(obj) : Array.from(obj), key).join("");
    }
    if (!indexLike(key)) typeError(`string indices must be integers, not '${typeName(key)}'`);
    const len = wide ? codePoints(obj).length : obj.length;
    let n = toIndex(key);
    if (n < 0) n += len;
    if (n < 0 || n >= len) raise("IndexError", "string index out of range");
    return wide ? codePoints(obj)[n]! : obj[n]!;
  }
  if (obj instanceof PyDict) {
    const v = dictGet(obj, key);
    if (v !== undefined) return v;
    if (obj.cls.mro.length > 2 || obj.factory !== null) {
      const miss = lookupType(obj.cls, "__missing__");
      if (miss !== undefined) return callValue(miss, [obj, key], null);
    }
    throw keyError(key);
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.length);
      return new PyRange(obj.start + start * obj.step, obj.start + stop * obj.step, obj.step * step);
    }
    return obj.start + normIndex(key, obj.length, "range object") * obj.step;
  }
  if (obj instanceof PyBytes) {
    if (key instanceof PySlice) {
      // a plain slice is a substring: no copy of the whole value (file reads slice big bytes)
      const [start, stop, step] = sliceIndices(key, obj.v.length);
      if (step === 1) return sameKind(obj, stop > start ? obj.v.slice(start, stop) : "");
      return sameKind(obj, sliceArray(Array.from(obj.v), key).join(""));
    }
    return obj.v.charCodeAt(normIndex(key, obj.v.length, obj instanceof PyByteArray ? "bytearray" : "index"));
  }
  if (obj instanceof PyType) {
    // a metaclass's __getitem__ comes before __class_getitem__ (Color["RED"] on an enum)
    const mg = obj.cls !== T.type ? lookupType(obj.cls, "__getitem__") : undefined;
    if (mg !== undefined) return callValue(mg, [obj, key], null);
    const cg = lookupType(obj, "__class_getitem__");
    // CPython makes a class body's __class_getitem__ an implicit classmethod: call it with the class.
    if (cg instanceof PyClassMethod) return callValue(cg.func, [obj, key], null);
    if (cg !== undefined) return callValue(cg, [key], null);
    return genericAlias(obj, key); // list[int] and friends
  }
  if (obj instanceof PyObj) {
    const f = lookupType(obj.cls, "__getitem__");
    if (f !== undefined) return callValue(f, [obj, key], null);
    const carried = carriedValue(obj);
    if (typeof carried === "string") return getItem(carried, key);
  }
  return typeError(`'${typeName(obj)}' object is not subscriptable`);
}

import { newExc } from "./errors";
export function keyError(key: PyValue) {
  return newExc("KeyError", key);
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyObj && obj.cls.mro.length > 2) {
    const f = lookupType(obj.cls, "__setitem__");
    if (f !== undefined && !(f instanceof PyBuiltin)) {
      callValue(f, [obj, key, value], null);
      return;
    }
  }
  if (obj instanceof PyByteArray) return byteArraySetItem(obj, key, value);
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      const vals = valuesOf(value);
      if (step === 1) {
        obj.items.splice(start, Math.max(0, stop - start), ...vals);
        return;
      }
      const idx: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
      else for (let i = start; i > stop; i += step) idx.push(i);
      if (idx.length !== vals.length) raise("ValueError", `attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`);
      idx.forEach((i, j) => (obj.items[i] = vals[j]!));
      return;
    }
    obj.items[normIndex(key, obj.items.length, "list assignment")] = value;
    return;
  }
  if (obj instanceof PyDict) {
    const hk = hashKey(key);
    const e = obj.map.get(hk);
    if (e) e.v = value;
    else obj.map.set(hk, { k: key, v: value });
    return;
  }
  if (obj instanceof PyObj) {
    const f = lookupType(obj.cls, "__setitem__");
    if (f !== undefined) {
      callValue(f, [obj, key, value], null);
      return;
    }
  }
  typeError(`'${typeName(obj)}' object does not support item assignment`);
}

import { iterToArray } from "./iter";
function valuesOf(v: PyValue): PyValue[] {
  return iterToArray(v);
}

export function delItem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyObj && obj.cls.mro.length > 2) {
    const f = lookupType(obj.cls, "__delitem__");
    if (f !== undefined && !(f instanceof PyBuiltin)) {
      callValue(f, [obj, key], null);
      return;
    }
  }
  if (obj instanceof PyByteArray) return byteArrayDelItem(obj, key);
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      if (step === 1) {
        obj.items.splice(start, Math.max(0, stop - start));
        return;
      }
      const idx = new Set<number>();
      if (step > 0) for (let i = start; i < stop; i += step) idx.add(i);
      else for (let i = start; i > stop; i += step) idx.add(i);
      obj.items = obj.items.filter((_, i) => !idx.has(i));
      return;
    }
    obj.items.splice(normIndex(key, obj.items.length, "list assignment"), 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (!obj.map.delete(hashKey(key))) throw keyError(key);
    return;
  }
  if (obj instanceof PyObj) {
    const f = lookupType(obj.cls, "__delitem__");
    if (f !== undefined) {
      callValue(f, [obj, key], null);
      return;
    }
  }
  typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}
export { repr };
