// The iterator protocol for native code: iter(), next() with StopIteration swallowed, and draining
// an iterable.
import { getAttrOpt } from "./attrs";
import { callValue } from "./call";
import { typeName } from "./coerce";
import { setValues } from "./containers";
import { chargeSequence, checkObjectSize } from "./big-work";
import { hooks } from "./ctx";
import { R, step } from "./replay";
import { raise, typeError } from "./errors";
import { lookupType } from "./types";
import { ITER_T } from "./iter-types";
import { carriedValue, PyBuiltin, PyDict, PyExc, PyIter, PyRangeIter, PyListIter, PyList, PyObj, PyRange, PySet, PyTuple, T, type PyType, type PyValue } from "./value";

export function getIter(v: PyValue): PyValue {
  if (v instanceof PyIter) return v;
  if (typeof v === "string") {
    const s = v;
    let i = 0;
    return new PyIter(
      () => {
        if (i >= s.length) return undefined;
        const c = s.codePointAt(i)!;
        const ch = String.fromCodePoint(c);
        i += ch.length;
        return ch;
      },
      ASCII.test(s) ? ITER_T.strAscii : ITER_T.str,
    );
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
              // the index moves on only once the item is in hand (a replayed step must not skip one)
              const x = callValue(gi, [v, i], null);
              i++;
              return x;
            } catch (e) {
              if (e instanceof PyExc && (e.cls.name === "IndexError" || e.cls.name === "StopIteration")) return undefined;
              throw e;
            }
          });
        }
      }
    }
    if (v instanceof PyList) return listIter(v.items, ITER_T.list);
    if (v instanceof PyTuple) return listIter(v.items, ITER_T.tuple);
    if (v instanceof PyDict) {
      const it = v.map.values();
      const size = v.map.size;
      return new PyIter(() => {
        if (v.map.size !== size) raise("RuntimeError", "dictionary changed size during iteration");
        const r = it.next();
        return r.done ? undefined : r.value.k;
      }, ITER_T.dictKeys);
    }
    if (v instanceof PySet) {
      const it = setValues(v)[Symbol.iterator]();
      return new PyIter(() => {
        const r = it.next();
        return r.done ? undefined : r.value;
      }, ITER_T.set);
    }
    if (v instanceof PyRange) {
      return new PyRangeIter(v.start, v.stop, v.step, T.range_iterator);
    }
    const f = lookupType(v.cls, "__iter__");
    if (f !== undefined) return callValue(f, [v], null);
    const carried = carriedValue(v);
    if (typeof carried === "string") return getIter(carried);
  }
  return typeError(`'${typeName(v)}' object is not iterable`);
}

const ASCII = /^[\x00-\x7f]*$/;

export function listIter(items: PyValue[], cls: PyType = ITER_T.list): PyIter {
  return new PyListIter(items, cls);
}

/** Items native code has walked since it last charged them (see iterNext). */
let walked = 0;
const WALK_CHUNK = 4096;

/** A run starts with nothing owed, so a program's clock does not depend on the runs before it. */
export function resetWalked(): void {
  walked = 0;
}

/** Next item from an iterator, or undefined when exhausted (StopIteration swallowed). Each item a
 * native takes this way costs one instruction, charged a chunk at a time: `list(x)`, `sum(x)`,
 * `"".join(x)` or `sorted(x)` over an endless iterator then runs into the instruction budget (and
 * polls Stop) as a Python loop does, and a long walk advances the thread's virtual clock. */
export function iterNext(it: PyValue): PyValue | undefined {
  if (++walked === WALK_CHUNK) {
    walked = 0;
    hooks.work(WALK_CHUNK, "");
  }
  return iterStep(it);
}

/** iterNext without the charge, for the VM's own loops, whose instructions are counted already. */
export function iterStep(it: PyValue): PyValue | undefined {
  if (it instanceof PyIter) return R.on ? step(() => it.next()) : it.next();
  const f = it instanceof PyObj ? lookupType(it.cls, "__next__") : undefined;
  if (f === undefined) return typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callValue(f, [it], null);
  } catch (e) {
    if (e instanceof PyExc && e.cls.name === "StopIteration") return undefined;
    throw e;
  }
}

const LIST_LIMIT = 2 ** 24;

export function iterToArray(v: PyValue): PyValue[] {
  if ((v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple)) {
    // a logged step: a replayed native sees the items as they were the first time
    const items = v.items;
    return R.on ? step(() => items.slice()) : items.slice();
  }
  // the one iterable whose length is known up front and can be huge for free: range(10 ** 9)
  if (v instanceof PyRange && v.length > 0) chargeSequence(v.length, 8, "a list");
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    // an endless iterator ends in MemoryError, as CPython's does once memory runs out
    if (out.length === LIST_LIMIT) checkObjectSize((LIST_LIMIT + 1) * 8, "a list");
    out.push(x);
  }
  return out;
}

export function forEach(v: PyValue, f: (x: PyValue) => void): void {
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) f(x);
}
