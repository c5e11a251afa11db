// _weak_core: when a weakly referenced object dies. CPython frees an object the moment its last
// reference goes (reference counting), so `del obj` ends a weakref to it at once. The sandbox's
// objects live in JavaScript's heap instead, so it asks the same question when a program looks:
// reading a weak reference (or a weak container's entries) walks everything the run can reach
// (every process's modules and threads, their frames, stacks and cells, objects' attributes,
// containers, the scheduler's queues) without going through weak cells, and a referent the walk
// does not meet is dead: the reference reads None from then on and the object's __del__ runs.
// One that lies on a cycle of unreachable objects waits for gc.collect(), as reference counting
// cannot free it in CPython either (CPython's automatic collections are not modelled).
// An iterator the walk cannot see into (map, filter, zip … keep theirs in JavaScript closures)
// might hold the referent, so meeting one keeps every referent alive, erring on CPython's side
// of "still there" rather than killing an object the program can still reach. A `del` of an
// instance whose class has __del__ asks at once (releaseObject), and the exit finalizes what
// is left (finalizeAtExit).
import type { Program } from "../program";
import { callValue } from "../runtime/call";
import { fn, makeModule } from "../runtime/native";
import { lookupType, makeType } from "../runtime/types";
import { None, PyDict, PyFunction, PyIter, PyList, PyListIter, PyMethod, PyModule, PyObj, PyRangeIter, PyTuple, PyType, type PyValue, T } from "../runtime/value";
import { HaltError } from "../vm/signals";
import { birthOf, forgetInstances, listGarbage, listInstances, noteGarbage } from "../runtime/instances";

let cellType: PyType | null = null;

/** A weak reference's hold on its referent: the walk does not go through it. */
export class PyWeakCell extends PyObj {
  constructor(public target: PyValue | null) {
    super(cellType!);
  }
}

type TWalk = { found: Set<unknown>; seen: Set<unknown> };

/** What of `targets` the run can still reach from `root`, and everything the walk met; null when
 * an opaque iterator made the answer uncertain (then every referent counts as alive). */
function walk(root: unknown, targets: Set<unknown>, stopAt: Set<unknown> | null, throughTargets = true): TWalk | null {
  const found = new Set<unknown>();
  const seen = new Set<unknown>();
  // breadth first: what the running frame and its globals hold directly is met first
  const todo: unknown[] = Array.isArray(root) ? [...root] : [root];
  for (let next = 0; next < todo.length; next++) {
    const v = todo[next];
    if (v === null || typeof v !== "object" || seen.has(v) || (stopAt !== null && stopAt.has(v))) continue;
    seen.add(v);
    if (targets.has(v)) {
      found.add(v);
      // every referent alive: the usual answer, usually found near the running frame
      if (found.size === targets.size && stopAt === null) return { found, seen };
      if (!throughTargets) continue;
    }
    if (v instanceof PyWeakCell || ArrayBuffer.isView(v) || v instanceof WeakMap || v instanceof WeakSet) continue;
    if (v instanceof PyIter && !(v instanceof PyListIter) && !(v instanceof PyRangeIter)) return null;
    if (Array.isArray(v)) {
      for (const x of v) todo.push(x);
    } else if (v instanceof Map) {
      for (const [k, x] of v) todo.push(k, x);
    } else if (v instanceof Set) {
      for (const x of v) todo.push(x);
    } else {
      for (const k of Object.keys(v)) todo.push((v as Record<string, unknown>)[k]);
    }
  }
  return { found, seen };
}

/** Whether unreachable `obj` lies on a reference cycle among unreachable objects: CPython's
 * reference counting cannot free it, only its cycle collector (gc.collect(), or the automatic
 * collections, which the sandbox does not run). */
function onCycle(obj: PyObj, reachableSet: Set<unknown>): boolean {
  const r = walk(contents(obj), new Set<unknown>([obj]), reachableSet);
  return r === null || r.found.has(obj);
}

/** what an object holds, as a root for a walk that starts inside it */
function contents(obj: PyObj): unknown {
  return {
    attrs: obj.attrs,
    rest: Object.keys(obj)
      .filter((k) => k !== "cls" && k !== "attrs")
      .map((k) => (obj as unknown as Record<string, unknown>)[k]),
  };
}

/** CPython's verdict on unreachable objects: reference counting frees every one nothing else
 * unreachable points to, again and again; what is left lies on a cycle or hangs from one, and
 * only the cycle collector frees it. `garbage` in allocation order; returns the leftovers. */
function leftByRefcounting(garbage: PyObj[], reachableSet: Set<unknown>): PyObj[] | null {
  const inGarbage = new Set<unknown>(garbage);
  const pointsTo = new Map<unknown, unknown[]>();
  const refs = new Map<unknown, number>(garbage.map((g) => [g, 0]));
  for (const g of garbage) {
    const r = walk(contents(g), inGarbage, reachableSet, false);
    if (r === null) return null;
    const out = [...r.found];
    pointsTo.set(g, out);
    for (const t of out) refs.set(t, refs.get(t)! + 1);
  }
  const freed = new Set<unknown>();
  const queue = garbage.filter((g) => refs.get(g) === 0);
  while (queue.length > 0) {
    const g = queue.pop()!;
    freed.add(g);
    for (const t of pointsTo.get(g)!) {
      const n = refs.get(t)! - 1;
      refs.set(t, n);
      if (n === 0) queue.push(t as PyObj);
    }
  }
  return garbage.filter((g) => !freed.has(g));
}

/** Objects whose __del__ has run (or that had none to run when they died): once each, as in
 * CPython 3.4+. One set serves every run, as no object outlives its run. */
const finalized = new WeakSet<object>();

/** Runs the __del__ of each dead object not finalized yet, in order. */
function finalize(dead: PyValue[]): void {
  for (const obj of dead) {
    if (!(obj instanceof PyObj) || finalized.has(obj)) continue;
    finalized.add(obj);
    const del = lookupType(obj.cls, "__del__");
    if (del === undefined) continue;
    try {
      callValue(del, [obj], null);
    } catch (e) {
      if (e instanceof HaltError) throw e;
      // CPython reports an exception in __del__ as unraisable and goes on
    }
  }
}

/** the whole run, the running frame and its globals first */
function rootsOf(prog: Program): unknown[] {
  const f = prog.currentFrame();
  return f === null ? [prog] : [f, f.globals, prog];
}

/** The objects with a __del__ that freeing unreachable `obj` frees after it, in the order
 * CPython's deallocation reaches them: depth first, an instance's attributes in order, a list's
 * or tuple's items last first (list_dealloc and tupledealloc go backwards). */
function listFreedAfter(obj: PyObj, reachable: Set<unknown>): PyObj[] {
  const out: PyObj[] = [];
  const seen = new Set<unknown>([obj]);
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v) || reachable.has(v)) return;
    seen.add(v);
    if (v instanceof PyWeakCell || ArrayBuffer.isView(v) || v instanceof WeakMap || v instanceof WeakSet) return;
    if (v instanceof PyObj && !(v instanceof PyType) && lookupType(v.cls, "__del__") !== undefined) out.push(v);
    if (v instanceof PyList || v instanceof PyTuple) {
      for (let i = v.items.length - 1; i >= 0; i--) visit(v.items[i]);
      return;
    }
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v instanceof Map)
      for (const [k, x] of v) {
        visit(k);
        visit(x);
      }
    else if (v instanceof Set) for (const x of v) visit(x);
    else for (const k of Object.keys(v)) if (k !== "cls") visit((v as Record<string, unknown>)[k]);
  };
  const inside = contents(obj) as { attrs: unknown; rest: unknown[] };
  visit(inside.attrs);
  for (const x of inside.rest) visit(x);
  return out;
}

/** `del name` dropped a reference to `obj`, an instance of a class with __del__. If it was the
 * last one, CPython's reference counting frees it at once: its __del__ runs now, then those of
 * the objects only it held. One on a cycle of unreachable objects waits for gc.collect(). */
export function releaseObject(prog: Program, obj: PyObj): void {
  if (finalized.has(obj) || lookupType(obj.cls, "__del__") === undefined) return;
  // garbage a `del` left on a cycle still holds what hangs from it, until it is collected
  const holders = (): unknown[] => [...rootsOf(prog), ...listGarbage()];
  const live = walk(holders(), new Set<unknown>([obj]), null);
  if (live === null || live.found.has(obj)) return;
  if (onCycle(obj, live.seen)) {
    noteGarbage(obj);
    return;
  }
  const after = listFreedAfter(obj, live.seen);
  finalize([obj]);
  if (after.length === 0) return;
  // its __del__ may have stored itself or its parts somewhere reachable again
  const still = walk(holders(), new Set<unknown>(after), null);
  if (still === null) return;
  finalize(after.filter((x) => !still.found.has(x) && !onCycle(x, still.seen)));
}

/** At exit CPython frees the main module's globals, and with them every object left: the __del__
 * of each runs then. Modelled as freeing the globals in order, each depth first as in
 * releaseObject, then the uncollected garbage in creation order (CPython's final collection can
 * order objects on cycles differently: its order follows the history of earlier collections).
 * Other modules' objects and classes' attributes are left alone. */
export function finalizeAtExit(globals: Map<string, PyValue>): void {
  const order: PyObj[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (!(v instanceof PyObj) || seen.has(v) || v instanceof PyType || v instanceof PyModule || v instanceof PyFunction || v instanceof PyWeakCell) return;
    seen.add(v);
    if (!finalized.has(v) && lookupType(v.cls, "__del__") !== undefined) order.push(v);
    if (v instanceof PyList || v instanceof PyTuple) for (let i = v.items.length - 1; i >= 0; i--) visit(v.items[i]);
    else if (v instanceof PyDict)
      for (const e of v.map.values()) {
        visit(e.k);
        visit(e.v);
      }
    else if (v instanceof PyMethod) visit(v.self);
    if (v.attrs !== null) for (const x of v.attrs.values()) visit(x);
  };
  for (const v of globals.values()) visit(v);
  finalize(order);
  // then the garbage cycles nobody collected (and what hangs from them), oldest first, as
  // CPython's last collection finds them
  const left: PyObj[] = [];
  const mark = order.length;
  for (const g of [...listGarbage(), ...listInstances()]) visit(g);
  for (const o of order.slice(mark)) if (!finalized.has(o)) left.push(o);
  finalize(left.sort((a, b) => birthOf(a) - birthOf(b)));
}

export function makeWeakCore(prog: Program): PyModule {
  if (cellType === null) {
    cellType = makeType("weak_cell", [T.object]);
    cellType.module = "_weak_core";
  }

  /** every cell made, for gc.collect() (dead ones are dropped as it finds them) */
  let cells: PyWeakCell[] = [];

  const roots = (): unknown[] => rootsOf(prog);

  /** gc.collect(): the objects of unreachable cycles (and what hangs from them) among the
   * instances the run made lately and the weakly referenced objects are freed: their weak
   * references die, their __del__ runs, oldest first. Returns how many. */
  const collect = (): number => {
    const candidates = new Set<unknown>(listInstances());
    for (const c of cells) if (c.target instanceof PyObj) candidates.add(c.target);
    const live = walk(roots(), candidates, null);
    if (live === null) return 0;
    const garbage = [...candidates].filter((x) => !live.found.has(x)) as PyObj[];
    const freed = leftByRefcounting(garbage, live.seen);
    if (freed === null) return 0;
    const gone = new Set<unknown>(garbage);
    for (const c of cells) if (gone.has(c.target)) c.target = null;
    cells = cells.filter((c) => c.target !== null);
    forgetInstances(gone);
    finalize(freed);
    return freed.length;
  };

  /** Marks the cells whose referent the run can no longer reach dead, running each dead
   * object's __del__ once. Unreachable objects on a cycle wait for gc.collect(), as CPython's
   * reference counting leaves them to its cycle collector. */
  const sweep = (group: PyWeakCell[]): void => {
    const targets = new Set<unknown>();
    for (const c of group) if (c.target !== null) targets.add(c.target);
    if (targets.size === 0) return;
    const live = walk(roots(), targets, null);
    if (live === null) return;
    const dead: PyValue[] = [];
    for (const t of targets) {
      if (live.found.has(t)) continue;
      if (t instanceof PyObj && onCycle(t, live.seen)) continue;
      dead.push(t as PyValue);
    }
    if (dead.length === 0) return;
    const gone = new Set<unknown>(dead);
    for (const c of group) if (gone.has(c.target)) c.target = null;
    finalize(dead);
  };

  return makeModule("_weak_core", {
    // cell(obj): a weak hold on obj
    cell: fn("cell", ([obj]) => {
      const c = new PyWeakCell(obj!);
      cells.push(c);
      return c;
    }),
    // get(cell): the referent, or None once the run can no longer reach it
    get: fn("get", ([c]) => {
      const cell = c as PyWeakCell;
      if (cell.target === null) return None;
      sweep([cell]);
      return cell.target ?? None;
    }),
    // alive([cell, ...]): which cells' referents live, in one walk (weak containers)
    alive: fn("alive", ([group]) => {
      const list = (group as PyList).items as PyWeakCell[];
      sweep(list);
      return new PyList(list.map((c) => c.target !== null));
    }),
    // peek(cell): the referent without asking whether it died (after alive())
    peek: fn("peek", ([c]) => (c as PyWeakCell).target ?? None),
    // collect(): gc.collect()'s work: frees unreachable cycles, returns how many objects
    collect: fn("collect", () => collect()),
  });
}
