// Heap-allocated frames and the per-thread execution context. Because nothing lives on the
// JS stack between instructions, any thread, task or generator can be parked mid-function.
import type { Code } from "../compile/code";
import type { ReplayPending } from "./native-replay";
import { None, PyObj, type PyCell, type PyExc, type PyFunction, type PyValue, T, type PyType } from "../runtime/value";

/** How a generator frame's yield/return is delivered to whoever resumed it. */
export const enum Resume {
  /** resumed by native code (next(), send(), a task step): exit the run loop */
  NATIVE,
  /** resumed by FOR_ITER in the frame below */
  FOR_ITER,
  /** resumed by YIELD_FROM / await in the frame below */
  YIELD_FROM,
}

export class Frame {
  ip = 0;
  stack: PyValue[] = objectArray();
  /** pairs of (handler pc, stack level); allocated on first SETUP_FINALLY (most frames never need it) */
  blocks: number[] | null = null;
  back: Frame | null = null;
  /** the exception currently being handled in this frame (sys.exc_info) */
  curExc: PyValue | null = null;
  gen: PyGenerator | null = null;
  /** when true, returning from this frame ends a nested (re-entrant) run */
  boundary = false;
  fast: (PyValue | undefined)[];
  cells: PyCell[] | null = null;
  names: Map<string, PyValue> | null = null;
  /** created by the interpreter's positional-call fast path: reused via func.framePool once it returns */
  recycle = false;
  constructor(
    public code: Code,
    public globals: Map<string, PyValue>,
    public func: PyFunction | null,
  ) {
    // built from the generic empty array: a fresh `new Array(n)` holds small ints only, and its
    // first float or object would change its map under the optimised interpreter
    const fast: (PyValue | undefined)[] = objectArray();
    for (let i = code.varnames.length; i > 0; i--) fast.push(undefined);
    this.fast = fast;
  }
}

/** An empty array whose elements kind is already the generic one (see Frame.fast). Value stacks
 * hold small ints, boxed numbers and objects alike; one that started as a small-int array would
 * change its map on the first other value, and every such change deoptimises run(). */
function objectArray(): PyValue[] {
  const a: PyValue[] = [None];
  a.pop();
  return a;
}

export class PyGenerator extends PyObj {
  started = false;
  finished = false;
  running = false;
  mode: Resume = Resume.NATIVE;
  /** FOR_ITER exit target in the resumer frame */
  forIterTarget = 0;
  name: string;
  qualname: string;
  /** set on coroutines wrapped by an asyncio Task (for the "never awaited" bookkeeping) */
  awaited = false;
  constructor(
    public frame: Frame,
    cls: PyType,
  ) {
    super(cls);
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
  get isCoroutine(): boolean {
    return this.cls === T.coroutine;
  }
}

/** What a run of the interpreter ended with. */
export type RunResult = { k: "return"; value: PyValue } | { k: "yield"; value: PyValue } | { k: "exception"; exc: PyExc } | { k: "parked" } | { k: "preempted" };

/** Per-thread interpreter state (one per Python thread; tasks run on their loop's thread). */
export type ExecState = {
  frame: Frame | null;
  depth: number;
  /** value to push (or exception to raise) when a parked frame resumes */
  resumeValue: PyValue | undefined;
  resumeExc: PyExc | null;
  /** instructions executed by this thread, except those of the dispatch loop running now */
  executed: number;
  /** instructions the running dispatch loop has executed so far in this run, published by it
   * before it hands control to anything outside the loop (a native, a dunder, an import), so
   * that executed + inflight is the thread's exact count there: what the virtual clock reads
   * (Scheduler.clockNow). A run nested in it folds the published count into `executed` while it
   * runs and gives it back at its end (vm/run.ts). */
  inflight: number;
  /** nested run depth; preemption and parking are impossible while > 0 */
  nested: number;
  /** thread-local data for natives (current task, etc.) */
  owner: unknown;
  /** a native's Python callback has finished: replay the native next (vm/native-replay.ts) */
  replayPending: ReplayPending | null;
};

export function newExecState(owner: unknown): ExecState {
  return { frame: null, depth: 0, resumeValue: undefined, resumeExc: null, executed: 0, inflight: 0, nested: 0, owner, replayPending: null };
}
