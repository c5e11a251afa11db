// The instances of Python classes a run made most recently, oldest first: what gc.collect()
// looks through for unreachable reference cycles (modules/weak-core.ts). A ring, so a program
// making millions of objects keeps only the last RING of them from JavaScript's collector; and
// only in a program that imports gc, as keeping short-lived objects alive slows every
// allocation-heavy program (V8 then moves them to its old generation).
import type { PyObj } from "./value";

const RING = 1 << 15;
let ring: (PyObj | undefined)[] = new Array<PyObj | undefined>(RING);
let at = 0;
let tracking = false;

/** creation order of the instances of classes with __del__: CPython's collector finalizes a
 * batch of garbage in the order its objects were made, roughly */
let born = new WeakMap<PyObj, number>();
let births = 0;

/** instances found unreachable on a reference cycle when a `del` let go of them: garbage that
 * only gc.collect() (or the exit) frees, still holding what hangs from it */
let garbage: PyObj[] = [];

export function noteInstance(o: PyObj): void {
  if (o.cls.finalizable) born.set(o, ++births);
  if (!tracking) return;
  ring[at] = o;
  at = (at + 1) & (RING - 1);
}

/** A run starts with none (and lets the last run's objects go); `track`: the program imports gc. */
export function resetInstances(track: boolean): void {
  born = new WeakMap();
  births = 0;
  garbage = [];
  ring = new Array<PyObj | undefined>(track ? RING : 0);
  at = 0;
  tracking = track;
}

/** the instances noted and not forgotten, oldest first */
export function listInstances(): PyObj[] {
  const out: PyObj[] = [];
  if (!tracking) return out;
  for (let i = 0; i < RING; i++) {
    const o = ring[(at + i) & (RING - 1)];
    if (o !== undefined) out.push(o);
  }
  return out;
}

/** when `o` was made, among the instances of classes with __del__ (Infinity: not noted) */
export function birthOf(o: PyObj): number {
  return born.get(o) ?? Infinity;
}

export function noteGarbage(o: PyObj): void {
  if (!garbage.includes(o)) garbage.push(o);
}

export function listGarbage(): PyObj[] {
  return garbage;
}

export function forgetInstances(gone: Set<unknown>): void {
  garbage = garbage.filter((g) => !gone.has(g));
  if (!tracking) return;
  for (let i = 0; i < RING; i++) if (gone.has(ring[i])) ring[i] = undefined;
}
