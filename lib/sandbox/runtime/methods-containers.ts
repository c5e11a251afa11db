// list, tuple, dict, set/frozenset methods.
import { noteExactPrealloc } from "./list-capacity";
import { raise, typeError } from "./errors";
import { methods } from "./native";
import { getAttr, getAttrOpt } from "./attrs";
import { callValue } from "./call";
import { toIndex, truthy, typeName } from "./coerce";
import { pyEq, pyLess } from "./compare";
import { dictGet } from "./containers";
import { hashKey } from "./hash";
import { forEach, getIter, iterToArray, listIter } from "./iter";
import { ITER_T } from "./iter-types";
import { repr } from "./repr";
import {
  baseClass,
  copySetAs,
  differenceUpdate,
  intersectSet,
  intersectionUpdate,
  popSet,
  subtractSet,
  symmetricDifference,
  symmetricDifferenceUpdate,
  updateSet,
} from "./set-ops";
import { getItem, keyError, setItem } from "./subscript";
import { TimSort } from "./timsort";
import { None, PyDict, PyIter, PyList, PyObj, PyRange, PySet, PyTuple, T, type Kw, type PyValue } from "./value";

const L = (v: PyValue): PyList => {
  if (!(v instanceof PyList)) typeError(`descriptor requires a 'list' object but received a '${typeName(v)}'`);
  return v as PyList;
};
const D = (v: PyValue): PyDict => v as PyDict;
const St = (v: PyValue): PySet => v as PySet;

/** Stable merge sort with a Python-level less-than (list.sort is stable). */
/**
 * CPython's listsort on `items`, in place: keys computed first (a failing key function leaves the
 * items alone), a reverse sort done as reverse + stable sort + reverse, the comparisons made by
 * CPython's own algorithm (timsort.ts). If a comparison raises, the items are left as far as the
 * sort got, as CPython leaves them, and the exception propagates.
 */
export function sortInPlace(items: PyValue[], key: PyValue, reverse: boolean): void {
  const n = items.length;
  const keys = key === None ? items : items.map((x) => callValue(key, [x], null));
  const values = key === None ? null : items;
  if (n < 2) return;
  if (reverse) {
    keys.reverse();
    if (values !== null) values.reverse();
  }
  try {
    new TimSort(keys, values, lessThan).sort();
  } finally {
    if (reverse) items.reverse();
  }
}

const lessThan = (a: unknown, b: unknown): boolean => pyLess(a as PyValue, b as PyValue);

/** sorted(): a new list sorted like list.sort */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const out = items.slice();
  sortInPlace(out, key, reverse);
  return out;
}

function indexOf(items: PyValue[], x: PyValue, args: PyValue[], what: string): number {
  const len = items.length;
  let start = args[2] !== undefined ? toIndex(args[2]) : 0;
  let stop = args[3] !== undefined ? toIndex(args[3]) : len;
  if (start < 0) start = Math.max(0, start + len);
  if (stop < 0) stop = Math.max(0, stop + len);
  for (let i = start; i < Math.min(stop, len); i++) if (items[i] === x || pyEq(items[i]!, x)) return i;
  return raise("ValueError", what === "list" ? `${repr(x)} is not in list` : "tuple.index(x): x not in tuple");
}

function kwOnly(kw: Kw, name: string, dflt: PyValue): PyValue {
  return kw?.get(name) ?? dflt;
}

export function dictUpdate(d: PyDict, src: PyValue | undefined, kw: Kw): void {
  if (src !== undefined) {
    if (src instanceof PyDict) {
      for (const e of src.map.values()) {
        const hk = hashKey(e.k);
        const x = d.map.get(hk);
        if (x) x.v = e.v;
        else d.map.set(hk, { k: e.k, v: e.v });
      }
    } else if (src instanceof PyObj && !(src instanceof PyList) && !(src instanceof PyTuple) && getAttrOpt(src, "keys") !== undefined) {
      // any mapping: its keys(), then d[key] (dict(proxy), dict(mappingproxy) ...)
      forEach(callValue(getAttr(src, "keys"), [], null), (k) => setItem(d, k, getItem(src, k)));
    } else {
      let i = 0;
      forEach(src, (item) => {
        const pair = iterToArray(item);
        if (pair.length !== 2) raise("ValueError", `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        setItem(d, pair[0]!, pair[1]!);
        i++;
      });
    }
  }
  if (kw) for (const [k, v] of kw) setItem(d, k, v);
}

export function installContainerMethods(): void {
  methods(T.list, {
    append: ([l, x]) => {
      L(l!).items.push(x!);
      return None;
    },
    extend: ([l, x]) => {
      const t = L(l!);
      const add = x instanceof PyList || x instanceof PyTuple ? x.items.slice() : iterToArray(x!);
      for (const v of add) t.items.push(v);
      return None;
    },
    insert: ([l, i, x]) => {
      const t = L(l!);
      let n = toIndex(i!);
      if (n < 0) n = Math.max(0, n + t.items.length);
      t.items.splice(Math.min(n, t.items.length), 0, x!);
      return None;
    },
    pop: ([l, i]) => {
      const t = L(l!);
      if (t.items.length === 0) raise("IndexError", "pop from empty list");
      let n = i === undefined ? t.items.length - 1 : toIndex(i);
      if (n < 0) n += t.items.length;
      if (n < 0 || n >= t.items.length) raise("IndexError", "pop index out of range");
      return t.items.splice(n, 1)[0]!;
    },
    remove: ([l, x]) => {
      const t = L(l!);
      for (let i = 0; i < t.items.length; i++)
        if (pyEq(t.items[i]!, x!)) {
          t.items.splice(i, 1);
          return None;
        }
      return raise("ValueError", "list.remove(x): x not in list");
    },
    clear: ([l]) => {
      L(l!).items.length = 0;
      return None;
    },
    index: (args) => indexOf(L(args[0]!).items, args[1]!, args, "list"),
    count: ([l, x]) => L(l!).items.filter((v) => pyEq(v, x!)).length,
    reverse: ([l]) => {
      L(l!).items.reverse();
      return None;
    },
    copy: ([l]) => new PyList(L(l!).items.slice()),
    sort: (args, kw) => {
      const t = L(args[0]!);
      if (args.length > 1) typeError("sort() takes no positional arguments");
      const items = t.items;
      // the list looks empty while it is sorted; anything added meanwhile is thrown away
      const during: PyValue[] = [];
      t.items = during;
      let sorted = false;
      try {
        sortInPlace(items, kwOnly(kw, "key", None), truthy(kwOnly(kw, "reverse", false)));
        sorted = true;
      } finally {
        const modified = t.items !== during || during.length > 0;
        t.items = items;
        if (sorted && modified) raise("ValueError", "list modified during sort");
      }
      return None;
    },
    __getitem__: ([l, k]) => getItem(new PyList(L(l!).items), k!),
    __setitem__: ([l, k, v]) => {
      setItem(new PyList(L(l!).items), k!, v!);
      return None;
    },
    __len__: ([l]) => L(l!).items.length,
    __iter__: ([l]) => listIter(L(l!).items),
    __contains__: ([l, x]) => L(l!).items.some((v) => pyEq(v, x!)),
    __init__: ([l, it]) => {
      const t = L(l!);
      t.items = it === undefined ? [] : iterToArray(it);
      if (it instanceof PyList || it instanceof PyTuple || it instanceof PyRange || it instanceof PyDict || it instanceof PySet || typeof it === "string") noteExactPrealloc(t);
      return None;
    },
  });
  methods(T.tuple, {
    index: (args) => indexOf((args[0] as PyTuple).items, args[1]!, args, "tuple"),
    count: ([t, x]) => (t as PyTuple).items.filter((v) => pyEq(v, x!)).length,
    __getitem__: ([t, k]) => getItem(new PyTuple((t as PyTuple).items), k!),
    __len__: ([t]) => (t as PyTuple).items.length,
    __iter__: ([t]) => listIter((t as PyTuple).items, ITER_T.tuple),
  });
  methods(T.dict, {
    keys: ([d]) => dictView(D(d!), "keys"),
    values: ([d]) => dictView(D(d!), "values"),
    items: ([d]) => dictView(D(d!), "items"),
    get: ([d, k, dflt]) => dictGet(D(d!), k!) ?? dflt ?? None,
    setdefault: ([d, k, dflt]) => {
      const x = dictGet(D(d!), k!);
      if (x !== undefined) return x;
      setItem(D(d!), k!, dflt ?? None);
      return dflt ?? None;
    },
    pop: ([d, k, dflt]) => {
      const hk = hashKey(k!);
      const e = D(d!).map.get(hk);
      if (e) {
        D(d!).map.delete(hk);
        return e.v;
      }
      if (dflt !== undefined) return dflt;
      throw keyError(k!);
    },
    popitem: ([d]) => {
      const m = D(d!).map;
      if (m.size === 0) raise("KeyError", "popitem(): dictionary is empty");
      const last = [...m.keys()].pop();
      const e = m.get(last)!;
      m.delete(last);
      return new PyTuple([e.k, e.v]);
    },
    update: (args, kw) => {
      dictUpdate(D(args[0]!), args[1], kw);
      return None;
    },
    clear: ([d]) => {
      D(d!).map.clear();
      return None;
    },
    copy: ([d]) => {
      const r = new PyDict(D(d!).cls === T.dict ? T.dict : D(d!).cls);
      r.factory = D(d!).factory;
      for (const [k, e] of D(d!).map) r.map.set(k, { k: e.k, v: e.v });
      return r;
    },
    __getitem__: ([d, k]) => getItem(D(d!), k!),
    __setitem__: ([d, k, v]) => {
      const dd = D(d!);
      const hk = hashKey(k!);
      const e = dd.map.get(hk);
      if (e) e.v = v!;
      else dd.map.set(hk, { k: k!, v: v! });
      return None;
    },
    __delitem__: ([d, k]) => {
      if (!D(d!).map.delete(hashKey(k!))) throw keyError(k!);
      return None;
    },
    __contains__: ([d, k]) => D(d!).map.has(hashKey(k!)),
    __len__: ([d]) => D(d!).map.size,
    __iter__: ([d]) => getIter(new PyList([...D(d!).map.values()].map((e) => e.k))),
    __reversed__: ([d]) => reverseDictIter(D(d!), "keys"),
    __init__: (args, kw) => {
      dictUpdate(D(args[0]!), args[1], kw);
      return None;
    },
  });
  T.dict.dict.set("fromkeys", classMethodFromkeys());
  const setMethods: Record<string, (args: PyValue[], kw: Kw) => PyValue> = {
    add: ([s, x]) => {
      St(s!).map.set(hashKey(x!), x!);
      return None;
    },
    remove: ([s, x]) => {
      if (!St(s!).map.delete(hashKey(x!))) throw keyError(x!);
      return None;
    },
    discard: ([s, x]) => {
      St(s!).map.delete(hashKey(x!));
      return None;
    },
    pop: ([s]) => popSet(St(s!)),
    clear: ([s]) => {
      St(s!).map.clear();
      return None;
    },
    copy: ([s]) => copySet(St(s!)),
    update: (args) => {
      for (const o of args.slice(1)) updateSet(St(args[0]!), o);
      return None;
    },
    union: (args) => {
      const so = St(args[0]!);
      const r = copySetAs(baseClass(so.cls), so);
      for (const o of args.slice(1)) if (o !== so) updateSet(r, o);
      return r;
    },
    intersection: (args) => {
      const so = St(args[0]!);
      if (args.length === 1) return copySetAs(baseClass(so.cls), so);
      let r = so;
      for (const o of args.slice(1)) r = intersectSet(r, o, baseClass(so.cls));
      return r;
    },
    difference: (args) => {
      const so = St(args[0]!);
      if (args.length === 1) return copySetAs(baseClass(so.cls), so);
      const r = subtractSet(so, args[1]!, baseClass(so.cls));
      for (const o of args.slice(2)) differenceUpdate(r, o);
      return r;
    },
    symmetric_difference: ([s, o]) => symmetricDifference(St(s!), o!, baseClass(St(s!).cls)),
    intersection_update: (args) => {
      intersectionUpdate(St(args[0]!), args.slice(1));
      return None;
    },
    difference_update: (args) => {
      for (const o of args.slice(1)) differenceUpdate(St(args[0]!), o);
      return None;
    },
    symmetric_difference_update: ([s, o]) => {
      symmetricDifferenceUpdate(St(s!), o!);
      return None;
    },
    issubset: ([s, o]) => {
      const other = toSet(o!);
      for (const k of St(s!).map.keys()) if (!other.map.has(k)) return false;
      return true;
    },
    issuperset: ([s, o]) => {
      const other = toSet(o!);
      for (const k of other.map.keys()) if (!St(s!).map.has(k)) return false;
      return true;
    },
    isdisjoint: ([s, o]) => {
      const other = toSet(o!);
      for (const k of other.map.keys()) if (St(s!).map.has(k)) return false;
      return true;
    },
    __contains__: ([s, x]) => St(s!).map.has(hashKey(x!)),
    __len__: ([s]) => St(s!).map.size,
    __iter__: ([s]) => getIter(s!),
  };
  methods(T.set, setMethods);
  methods(T.frozenset, {
    copy: setMethods.copy!,
    union: setMethods.union!,
    intersection: setMethods.intersection!,
    difference: setMethods.difference!,
    symmetric_difference: setMethods.symmetric_difference!,
    issubset: setMethods.issubset!,
    issuperset: setMethods.issuperset!,
    isdisjoint: setMethods.isdisjoint!,
    __contains__: setMethods.__contains__!,
    __len__: setMethods.__len__!,
  });
}

import { PyBuiltin, PyClassMethod, PyProperty } from "./value";
function classMethodFromkeys(): PyValue {
  return new PyClassMethod(
    new PyBuiltin("dict.fromkeys", ([cls, it, v]) => {
      const d = new PyDict(cls === T.dict ? T.dict : (cls as typeof T.dict));
      forEach(it!, (k) => setItem(d, k, v ?? None));
      return d;
    }),
  );
}

export function toSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  forEach(v, (x) => s.map.set(hashKey(x), x));
  return s;
}
/** set.copy()/frozenset.copy(); an exact frozenset is its own copy */
function copySet(s: PySet): PySet {
  if (s.cls === T.frozenset) return s;
  return copySetAs(baseClass(s.cls), s);
}

/** dict views are live iterables over the dict (runtime/dict-view.ts: their set algebra). */
import { PyDictView, dictItemsType, dictKeysType, dictValuesType, reverseDictIter, viewContains, viewIsDisjoint } from "./dict-view";
import { hooks } from "./ctx";
export { PyDictView, dictItemsType, dictKeysType, dictValuesType };
function dictView(d: PyDict, kind: "keys" | "values" | "items"): PyValue {
  return new PyDictView(d, kind);
}
const V = (v: PyValue): PyDictView => v as PyDictView;
for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  methods(t, {
    __iter__: ([v]) => {
      const view = V(v!);
      const it = view.d.map.values();
      const size = view.d.map.size;
      return new PyIter(
        () => {
          if (view.d.map.size !== size) raise("RuntimeError", "dictionary changed size during iteration");
          const r = it.next();
          if (r.done) return undefined;
          return view.kind === "keys" ? r.value.k : view.kind === "values" ? r.value.v : new PyTuple([r.value.k, r.value.v]);
        },
        view.kind === "keys" ? ITER_T.dictKeys : view.kind === "values" ? ITER_T.dictValues : ITER_T.dictItems,
      );
    },
    __len__: ([v]) => V(v!).d.map.size,
    __contains__: ([v, x]) => viewContains(V(v!), x!),
    __repr__: ([v]) => `${V(v!).cls.name}(${repr(new PyList(V(v!).list()))})`,
    __reversed__: ([v]) => reverseDictIter(V(v!).d, V(v!).kind),
  });
  // 3.10+: the dict behind the view, read-only
  t.dict.set(
    "mapping",
    new PyProperty(new PyBuiltin(`${t.name}.mapping`, ([v]) => callValue(getAttr(hooks.importModule("types"), "MappingProxyType"), [V(v!).d], null)), None, None, None),
  );
}
for (const t of [dictKeysType, dictItemsType]) methods(t, { isdisjoint: ([v, other]) => viewIsDisjoint(V(v!), other!) });
