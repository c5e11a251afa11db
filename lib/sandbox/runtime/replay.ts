// Replaying a native call, so that a blocking call inside a Python callback run from native code
// (a sort key that waits on a pool, `list(map(f, xs))` where f sleeps, `set(generator)` whose
// generator blocks) parks the thread like any other blocking call.
//
// A native is plain JS and cannot be suspended mid-way. So while one runs (from a call site the
// VM supports: vm/native-replay.ts), every step it takes that reaches outside itself is logged in
// a tree: calls of any callable (callValue), steps of iterators and generators, and drains of
// sequences. When a Python callback blocks, its frames stay parked on the heap, NativeSuspend
// unwinds the native's JS stack, and the step that was running stays incomplete in the log. When
// the callback's frame finally returns (or raises), that step gets its outcome and the native is
// run again from the start against the log: completed steps hand back what they gave the first
// time without running again, incomplete ones (the path to the parked callback) run live, and
// steps past the end of the log run live and are logged in their turn. Natives only have to be
// deterministic given what their steps return, and keep their effects on their arguments for
// after their last step (list.sort sorts a copy and writes it back at the end).
import { HaltError } from "../vm/signals";
import type { PyValue } from "./value";

/** Steps a native logs at one level; past this its steps run unlogged, so a native walking an
 * endless iterator until the instruction budget ends it does not keep every step in memory. */
const STEP_LOG_LIMIT = 100_000;

/** one logged step: what it gave (or threw) once done, and the steps it took itself meanwhile */
export type ReplayStep = { done: boolean; ok: boolean; value: unknown; kids: ReplayStep[] };

/** The log state: `on` while a native runs at a replayable call site (and no nested Python run is
 * in between), `steps` the list steps are taken from (created by the first step), `at` the next
 * position in it. */
export const R = {
  on: false,
  steps: null as ReplayStep[] | null,
  at: 0,
};

/**
 * Thrown through a native when a Python callback it called blocked: `parked` is the frame the
 * thread parked in, `boundary` the callback's own bottom frame (set by the run that started it),
 * `step` the log step that was running it (set by the innermost step of the log being written).
 */
export class NativeSuspend extends Error {
  boundary: unknown = null;
  step: ReplayStep | null = null;
  /** "call": the step is a Python call, done when the boundary frame returns; "gen": a generator
   * step, done when the generator's frame yields or returns */
  kind: "call" | "gen" = "call";
  /** a call site's way to run its native again and deliver the result (vm/native-replay.ts) */
  site: unknown = null;
  /** the log of that site's native, when it was the replay of one that suspended */
  steps: ReplayStep[] | null = null;
  constructor(public parked: unknown) {
    super("native call suspended");
  }
}

/** Runs `op` as a logged step of the native running now (just runs it when nothing is logged). */
export function step<T>(op: () => T): T {
  if (!R.on) return op();
  let steps = R.steps;
  if (steps === null) steps = R.steps = [];
  const i = R.at++;
  let s = steps[i];
  if (s !== undefined && s.done) {
    if (s.ok) return s.value as T;
    throw s.value;
  }
  if (s === undefined) {
    if (i >= STEP_LOG_LIMIT) return unlogged(op);
    s = { done: false, ok: true, value: undefined, kids: [] };
    steps.push(s);
  }
  // the step's own steps go in its subtree
  R.steps = s.kids;
  R.at = 0;
  try {
    const v = op();
    s.done = true;
    s.value = v;
    s.kids = [];
    return v;
  } catch (e) {
    if (e instanceof NativeSuspend) {
      if (e.step === null) e.step = s;
    } else {
      // an exception is an outcome too (HaltError aside: the run is over)
      s.done = true;
      s.ok = false;
      s.value = e;
      s.kids = [];
    }
    throw e;
  } finally {
    R.steps = steps;
    R.at = i + 1;
  }
}

function unlogged<T>(op: () => T): T {
  R.on = false;
  try {
    return op();
  } catch (e) {
    if (e instanceof NativeSuspend)
      throw new HaltError(
        "unsupported",
        `a blocking call inside a callback invoked from native code after its first ${STEP_LOG_LIMIT.toLocaleString("en-US")} steps is not supported`,
      );
    throw e;
  } finally {
    R.on = true;
  }
}

/** the value a completed step stands for, given its parked callback's outcome */
export function completeStep(s: ReplayStep, ok: boolean, value: unknown): void {
  s.done = true;
  s.ok = ok;
  s.value = value;
  s.kids = [];
}

export type { PyValue };
