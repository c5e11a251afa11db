// The VM's half of replaying natives (runtime/replay.ts has the log). A native runs from one of
// these call sites with its steps logged: CALL and CALL_METHOD of a builtin function or type (the
// operands stay on the stack until the call is over), FOR_ITER over a native iterator (map(),
// filter(), zip() …), and every native call made through callAny (keyword and star calls).
//
// When a Python callback inside the native blocks, the run loop catches NativeSuspend at the site
// and hangs a continuation on the callback's bottom frame: how to run the native again, its log,
// the step waiting for the callback, and the frame the site is in. The thread parks in the
// callback's frames. When that bottom frame returns (or raises, or a generator driven by the
// native yields), the step gets the outcome, the native runs again against the log, and its
// result lands in the site's frame as if the call had just returned. Sites nested in other
// natives' callbacks chain: each level resumes the next when its native returns.
import type { ReplayStep } from "../runtime/replay";
import { completeStep, NativeSuspend, R } from "../runtime/replay";
import type { PyValue } from "../runtime/value";
import type { Frame } from "./frame";

/** how a call site runs its native again, and delivers the result to its frame */
export type NativeSite = { k: "call"; redo: () => PyValue; pop: number } | { k: "foriter"; redo: () => PyValue | undefined; target: number };

export type NativeCont = { site: NativeSite; steps: ReplayStep[]; pending: ReplayStep; outer: Frame };

/** a finished callback's outcome, waiting for the run loop to replay its native */
export type ReplayPending = { c: NativeCont; ok: boolean; value: unknown };

const conts = new WeakMap<Frame, NativeCont>();
let count = 0;

/** At the call site `site` in frame `outer`: hang the continuation on the suspended callback's bottom
 * frame and reset the exception for the next site out. */
export function suspendAt(e: NativeSuspend, site: NativeSite, steps: ReplayStep[], outer: Frame): void {
  conts.set(e.boundary as Frame, { site, steps, pending: e.step!, outer });
  count++;
  e.boundary = null;
  e.step = null;
  e.kind = "call";
  e.site = null;
  e.steps = null;
}

/** the continuation hanging on `frame`, taken off it (undefined for an ordinary frame) */
export function takeCont(frame: Frame): NativeCont | undefined {
  if (count === 0) return undefined;
  const c = conts.get(frame);
  if (c !== undefined) {
    conts.delete(frame);
    count--;
  }
  return c;
}

/**
 * Completes the waiting step with the callback's outcome and runs the native again against its
 * log, then delivers its result to the site frame's `stack`. Returns the ip to continue at (a
 * FOR_ITER that finds its iterator exhausted jumps). A PyExc propagates as the site's exception;
 * a new suspension propagates with the site attached, to be caught as at the first time.
 */
export function finishNative(p: ReplayPending, stack: PyValue[], ip: number): number {
  const { c } = p;
  completeStep(c.pending, p.ok, p.value);
  const on = R.on;
  const steps = R.steps;
  const at = R.at;
  R.on = true;
  R.steps = c.steps;
  R.at = 0;
  let r: PyValue | undefined;
  try {
    r = c.site.redo();
  } catch (e) {
    if (e instanceof NativeSuspend && e.site === null) {
      e.site = c.site;
      e.steps = c.steps;
    }
    throw e;
  } finally {
    R.on = on;
    R.steps = steps;
    R.at = at;
  }
  const site = c.site;
  if (site.k === "call") {
    for (let i = 0; i < site.pop; i++) stack.pop();
    stack.push(r!);
    return ip;
  }
  if (r === undefined) {
    stack.pop();
    return site.target;
  }
  stack.push(r);
  return ip;
}
