// dict views (keys/values/items) and the set algebra of the keys and items views, following the
// steps CPython 3.11's dictobject.c takes: which operand becomes the new set, which one is walked,
// so results land in the same slots of the set table and print in the same order.
import { pyEq } from "./compare";
import { contains, pyLen } from "./containers";
import { hashKey } from "./hash";
import { getIter, iterNext } from "./iter";
import { makeIterType } from "./iter-types";
import { differenceUpdate, newSetFrom, symmetricDifferenceUpdate, updateSet } from "./set-ops";
import { makeType } from "./types";
import { raise } from "./errors";
import { NotImplemented, PyDict, PyIter, PyObj, PySet, PyTuple, T, type PyValue } from "./value";

export const dictKeysType = makeType("dict_keys", [T.object]);
export const dictValuesType = makeType("dict_values", [T.object]);
export const dictItemsType = makeType("dict_items", [T.object]);

const reverseIterTypes = {
  keys: makeIterType("dict_reversekeyiterator"),
  values: makeIterType("dict_reversevalueiterator"),
  items: makeIterType("dict_reverseitemiterator"),
};

/** reversed() of a dict or one of its views: from the last entry back, failing if the dict's size changes */
export function reverseDictIter(d: PyDict, kind: "keys" | "values" | "items"): PyIter {
  const entries = [...d.map.values()];
  const size = d.map.size;
  let i = entries.length - 1;
  return new PyIter(() => {
    if (i < 0) return undefined;
    if (d.map.size !== size) {
      i = -1;
      raise("RuntimeError", "dictionary changed size during iteration");
    }
    const e = entries[i--]!;
    return kind === "keys" ? e.k : kind === "values" ? e.v : new PyTuple([e.k, e.v]);
  }, reverseIterTypes[kind]);
}

export class PyDictView extends PyObj {
  constructor(
    public d: PyDict,
    public kind: "keys" | "values" | "items",
  ) {
    super(kind === "keys" ? dictKeysType : kind === "values" ? dictValuesType : dictItemsType);
  }
  list(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.d.map.values()) out.push(this.kind === "keys" ? e.k : this.kind === "values" ? e.v : new PyTuple([e.k, e.v]));
    return out;
  }
}

/** keys and items views behave as sets; values views do not */
export function isSetView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== "values";
}

/** dictitems_contains: a (key, value) pair whose key is in the dict with an equal value */
export function viewContains(view: PyDictView, x: PyValue): boolean {
  if (view.kind === "keys") return view.d.map.has(hashKey(x));
  if (view.kind === "values") return view.list().some((y) => y === x || pyEq(y, x));
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const e = view.d.map.get(hashKey(x.items[0]!));
  return e !== undefined && (e.v === x.items[1] || pyEq(e.v, x.items[1]!));
}

/** dictviews_to_set: a keys view of an exact dict is copied from the dict itself (pre-sized) */
function viewToSet(v: PyValue): PySet {
  const src = v instanceof PyDictView && v.kind === "keys" && v.d.cls === T.dict ? v.d : v;
  return newSetFrom(T.set, src);
}

/** `|`, `&`, `-`, `^` with a keys or items view on either side; NotImplemented otherwise */
export function dictViewBinary(op: number, a: PyValue, b: PyValue): PyValue {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  switch (op) {
    case 11: {
      const r = viewToSet(a);
      updateSet(r, b);
      return r;
    }
    case 10:
      return isSetView(a) ? intersect(a, b) : intersect(b as PyDictView, a);
    case 1: {
      const r = viewToSet(a);
      differenceUpdate(r, b);
      return r;
    }
    case 12: {
      if (isSetView(a) && isSetView(b) && a.kind === "items" && b.kind === "items") return itemsXor(a, b);
      const r = viewToSet(a);
      symmetricDifferenceUpdate(r, b);
      return r;
    }
  }
  return NotImplemented;
}

/** _PyDictView_Intersect: an exact set at least as large does the work (set.intersection);
 * otherwise the smaller operand is walked and probed against the view */
function intersect(self: PyDictView, other: PyValue): PySet {
  const lenSelf = self.d.map.size;
  if (other instanceof PySet && other.cls === T.set && lenSelf <= other.map.size) {
    const r = new PySet(T.set);
    const it = getIter(self);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      const k = hashKey(x);
      if (other.map.has(k)) r.map.set(k, x);
    }
    return r;
  }
  let probe = self;
  let walk = other;
  if (isSetView(other) && other.d.map.size > lenSelf) {
    probe = other;
    walk = self;
  }
  const r = new PySet(T.set);
  const it = getIter(walk);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (viewContains(probe, x)) r.map.set(hashKey(x), x);
  return r;
}

/** dictitems_xor: pairs of the right dict not matched in (a copy of) the left, then what is left of the copy */
function itemsXor(a: PyDictView, b: PyDictView): PySet {
  const rest = new Map(a.d.map);
  const r = new PySet(T.set);
  for (const [k, e] of b.d.map) {
    const mine = rest.get(k);
    if (mine !== undefined && (mine.v === e.v || pyEq(mine.v, e.v))) rest.delete(k);
    else {
      const pair = new PyTuple([e.k, e.v]);
      r.map.set(hashKey(pair), pair);
    }
  }
  for (const e of rest.values()) {
    const pair = new PyTuple([e.k, e.v]);
    r.map.set(hashKey(pair), pair);
  }
  return r;
}

function isSetLike(v: PyValue): boolean {
  return v instanceof PySet || isSetView(v);
}

function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

/** dictview_richcompare: sizes first, then containment; null when the other side is no set or view */
export function dictViewCompare(op: "==" | "!=" | "<" | "<=" | ">" | ">=", a: PyValue, b: PyValue): boolean | null {
  if (!(isSetView(a) || isSetView(b)) || !isSetLike(a) || !isSetLike(b)) return null;
  const la = pyLen(a);
  const lb = pyLen(b);
  switch (op) {
    case "==":
      return la === lb && allContainedIn(a, b);
    case "!=":
      return !(la === lb && allContainedIn(a, b));
    case "<":
      return la < lb && allContainedIn(a, b);
    case "<=":
      return la <= lb && allContainedIn(a, b);
    case ">":
      return la > lb && allContainedIn(b, a);
    case ">=":
      return la >= lb && allContainedIn(b, a);
  }
}

/** dictviews_isdisjoint: walks the other operand, or the smaller one when both are sets or views */
export function viewIsDisjoint(self: PyDictView, other: PyValue): boolean {
  if (self === other) return self.d.map.size === 0;
  let probe: PyValue = self;
  let walk = other;
  if (isSetLike(other) && pyLen(other) > self.d.map.size) {
    probe = other;
    walk = self;
  }
  const it = getIter(walk);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (contains(probe, x)) return false;
  return true;
}
