// set/frozenset algebra following CPython 3.11's Objects/setobject.c step by step: which operand is
// copied, which is walked and in what order decides the result's table layout, and so the order
// in which it prints (see set-table.ts).
import { raise } from "./errors";
import { hashKey } from "./hash";
import { forEach, getIter, iterNext } from "./iter";
import { PyDict, PySet, T, type PyType, type PyValue } from "./value";

/**
 * CPython's set_update_internal fast paths: another set is merged (set_merge), an exact dict is
 * pre-sized for and added in key order. Answers false for any other iterable, which the caller
 * adds one element at a time (it may need the interpreter to drive a generator).
 */
export function mergeSetOrDict(target: PySet, other: PyValue): boolean {
  if (other instanceof PySet) {
    target.map.mergeFrom(other.map);
    return true;
  }
  if (other instanceof PyDict && other.cls === T.dict) {
    target.map.reserve(other.map.size);
    for (const [k, e] of other.map) target.map.set(k, e.k);
    return true;
  }
  return false;
}

/** CPython set_update_internal */
export function updateSet(target: PySet, other: PyValue): void {
  if (!mergeSetOrDict(target, other)) forEach(other, (x) => target.map.set(hashKey(x), x));
}

/** make_new_set(cls, iterable) */
export function newSetFrom(cls: PyType, iterable: PyValue): PySet {
  const r = new PySet(cls);
  updateSet(r, iterable);
  return r;
}

/** CPython set_copy: a new set of class `cls` merged from `s` */
export function copySetAs(cls: PyType, s: PySet): PySet {
  const r = new PySet(cls);
  r.map.mergeFrom(s.map);
  return r;
}

/** CPython set_intersection: walks the smaller set (the right one on a tie), adding hits to a new set */
export function intersectSet(so: PySet, other: PyValue, cls: PyType): PySet {
  if (so === other) return copySetAs(cls, so);
  const r = new PySet(cls);
  if (other instanceof PySet) {
    const [walk, probe] = other.map.size > so.map.size ? [so.map, other.map] : [other.map, so.map];
    for (const [k, v] of walk) if (probe.has(k)) r.map.set(k, v);
    return r;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const k = hashKey(x);
    if (so.map.has(k)) {
      r.map.set(k, x);
      // nothing more can be found once every element of `so` is in the result
      if (r.map.size >= so.map.size) break;
    }
  }
  return r;
}

/** CPython set_intersection_update: the intersection's table replaces the set's own */
export function intersectionUpdate(so: PySet, others: PyValue[]): void {
  let tmp = so;
  for (const o of others) tmp = intersectSet(tmp, o, baseClass(so.cls));
  if (others.length === 0) tmp = copySetAs(baseClass(so.cls), so);
  so.map.takeBody(tmp.map);
}

/** CPython set_difference: copy-and-discard for a much larger `so` or a general iterable, else walk `so` */
export function subtractSet(so: PySet, other: PyValue, cls: PyType): PySet {
  const exactDict = other instanceof PyDict && other.cls === T.dict;
  if (!(other instanceof PySet) && !exactDict) return copyAndSubtract(so, other, cls);
  const otherMap = (other as PySet | PyDict).map;
  if (so.map.size >> 2 > otherMap.size) return copyAndSubtract(so, other, cls);
  const r = new PySet(cls);
  for (const [k, v] of so.map) if (!otherMap.has(k)) r.map.set(k, v);
  return r;
}

function copyAndSubtract(so: PySet, other: PyValue, cls: PyType): PySet {
  const r = copySetAs(cls, so);
  differenceUpdate(r, other);
  return r;
}

/** CPython set_difference_update_internal */
export function differenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.map.clear();
    return;
  }
  if (other instanceof PySet) {
    // a set more than 8 times larger is first intersected with this one, as CPython does
    const src = other.map.size >> 3 > so.map.size ? intersectSet(so, other, T.set) : other;
    for (const k of src.map.keys()) so.map.delete(k);
  } else forEach(other, (x) => void so.map.delete(hashKey(x)));
  so.map.compactAfterDiscards();
}

/** CPython set_symmetric_difference_update: walk the other set, removing what is shared and adding the rest */
export function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.map.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === T.dict) {
    for (const [k, e] of other.map) if (!so.map.delete(k)) so.map.set(k, e.k);
    return;
  }
  const src = other instanceof PySet ? other : newSetFrom(baseClass(so.cls), other);
  for (const [k, v] of src.map) if (!so.map.delete(k)) so.map.set(k, v);
}

/** CPython set_symmetric_difference: a copy of the *other* operand updated with `so` */
export function symmetricDifference(so: PySet, other: PyValue, cls: PyType): PySet {
  const r = newSetFrom(cls, other);
  symmetricDifferenceUpdate(r, so);
  return r;
}

/** CPython set_pop */
export function popSet(s: PySet): PyValue {
  const v = s.map.popValue();
  if (v === undefined) return raise("KeyError", "pop from an empty set");
  return v;
}

/** make_new_set_basetype: results of subclasses' methods are plain sets/frozensets */
export function baseClass(cls: PyType): PyType {
  return cls === T.frozenset || cls.mro.includes(T.frozenset) ? T.frozenset : T.set;
}
