// Small helpers over dicts, sets and sequences: len(), `in`, dict get/set by Python key.
import { strLen } from "./str-cp";
import { theEmptyTuple } from "./value";
import { bytesContains } from "./bytes-ops";
import { callValue } from "./call";
import { toInt, toNum, truthy, typeName } from "./coerce";
import { pyEq } from "./compare";
import { hooks } from "./ctx";
import { raise, typeError } from "./errors";
import { hashKey } from "./hash";
import { getIter, iterNext } from "./iter";
import { lookupType } from "./types";
import { carriedValue, None, plainValue, PyBuiltin, PyBytes, PyDict, PyList, PyObj, PyRange, PySet, PyTuple, type PyValue } from "./value";

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
  if (items.length === 0) return theEmptyTuple();
  return new PyTuple(items);
}

export function pyLen(v: PyValue): number {
  if (typeof v === "string") return strLen(v);
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
    const carried = carriedValue(v);
    if (typeof carried === "string") return strLen(carried);
  }
  return typeError(`object of type '${typeName(v)}' has no len()`);
}

function valueErrorLen(): never {
  return raise("ValueError", "__len__() should return >= 0");
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    item = plainValue(item);
    if (typeof item !== "string") typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item as string);
  }
  if (container instanceof PyObj) {
    if (container.cls.layout === "object" || container.cls.mro.length > 2) {
      const f = lookupType(container.cls, "__contains__");
      if (f !== undefined && !(f instanceof PyBuiltin)) return truthy(callValue(f, [container, item], null));
    }
    if (container instanceof PyBytes) return bytesContains(container, item);
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
    const carried = carriedValue(container);
    if (typeof carried === "string") return contains(carried, item);
  }
  const it = getIter(container);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === item || pyEq(x, item)) return true;
  return false;
}

export function isNone(v: PyValue): boolean {
  return v === None;
}
