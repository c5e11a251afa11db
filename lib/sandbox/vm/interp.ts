// The interpreter object: the state one run's VM shares across threads (builtins, the running
// thread, counters) and the entry points natives and the scheduler use: run a thread, call a
// Python function re-entrantly, resume a generator. The dispatch loop itself is vm/run.ts; calls,
// unwinding, `yield from` and the cold opcodes live beside it.
import { raise, typeError } from "../runtime/errors";
import { iterToArray } from "../runtime/iter";
import { GlobalsMap, type Kw, None, PyExc, PyFunction, type PyObj, type PyValue, T } from "../runtime/value";
import { bindFrame } from "./bind";
import { type ExecState, Frame, PyGenerator, Resume, type RunResult } from "./frame";
import { run } from "./run";
import { HaltError, NESTED_CHECK_EVERY } from "./signals";
import { NativeSuspend, R, step } from "../runtime/replay";

export type InterpHost = {
  importModule: (name: string, fromlist: boolean) => PyValue;
  /** called every NESTED_CHECK_EVERY instructions of a nested run's loops, with the run's count
   * so far, so a runaway callback still hits the budget and Stop */
  checkNested: (executed: number) => void;
  /** `del name` dropped a reference to an instance whose class has __del__: the host runs it
   * now if that was the last reference (modules/weak-core.ts releaseObject) */
  released: (obj: PyObj) => void;
};

export class Interp {
  /** the builtins namespace of this run (runtime/builtins.ts) */
  builtins: Map<string, PyValue> = new GlobalsMap();
  /** the state of the thread running now */
  cur!: ExecState;
  /** instructions executed by every thread so far, for the instruction budget */
  totalExecuted = 0;
  /** Python versions of list()/tuple()/sorted()/sum() used when the argument is a generator, so a
   * blocking call inside the generator (e.g. Executor.map results) parks the thread instead of
   * hitting a nested run (see Program.installGenConsumers) */
  genConsumers: Map<PyValue, PyFunction> = new Map();
  /** `_extend(list, generator)`: how LIST_EXTEND drains a generator (`f(*gen)`, `[*gen]`), as a
   * Python loop, so a blocking call inside the generator parks the thread */
  listExtender: PyFunction | null = null;
  /** `_unpack(iterator, n)`: the items as a tuple, taken by a Python loop (at most n + 1, so the
   * unpacking that runs again on it reports "too many" itself; n < 0: all), for an unpacking
   * whose iterator runs Python code (vm/drain.ts) */
  unpacker: PyFunction | null = null;
  /** sys.getrecursionlimit(); a plain field because every Python call compares against it */
  recursionLimit = 1000;

  constructor(public host: InterpHost) {}

  /** Frame (or generator/coroutine object) for calling `fn`. */
  callFrame(fn: PyFunction, args: PyValue[], start: number, n: number, kw: Kw): Frame | PyGenerator {
    const f = bindFrame(fn, args, start, n, kw);
    const fl = fn.code.flags;
    if (fl.generator || fl.coroutine) {
      const g = new PyGenerator(f, fl.coroutine ? (fl.generator ? T.async_generator : T.coroutine) : T.generator);
      f.gen = g;
      return g;
    }
    return f;
  }

  /** Run `fn` to completion re-entrantly (used by natives calling back into Python). */
  callNested(fn: PyFunction, args: PyValue[], kw: Kw): PyValue {
    const r = this.callFrame(fn, args, 0, args.length, kw);
    if (r instanceof PyGenerator) return r;
    return this.runNested(r);
  }

  /** Runs frame `f` to completion on the current thread's stack, re-entrantly. If it blocks, its
   * frames stay parked and NativeSuspend unwinds the native that called it (runtime/replay.ts). */
  runNested(f: Frame): PyValue {
    const st = this.cur;
    f.boundary = true;
    f.back = st.frame;
    const saved = st.frame;
    st.frame = f;
    st.nested++;
    st.depth++;
    if (st.depth > this.recursionLimit) {
      st.depth--;
      st.nested--;
      st.frame = saved;
      raise("RecursionError", "maximum recursion depth exceeded while calling a Python object");
    }
    // Python code run from here does not log into the calling native's replay log
    const on = R.on;
    const steps = R.steps;
    const at = R.at;
    R.on = false;
    try {
      const r = run(this, st, NESTED_CHECK_EVERY);
      switch (r.k) {
        case "return":
          return r.value;
        case "exception":
          throw r.exc;
        default:
          throw new HaltError("unsupported", "a blocking call inside a callback invoked from native code is not supported here");
      }
    } catch (e) {
      if (e instanceof NativeSuspend && e.boundary === null) e.boundary = f;
      throw e;
    } finally {
      R.on = on;
      R.steps = steps;
      R.at = at;
      st.nested--;
      st.frame = saved;
    }
  }

  /** Resumes a generator from native code (next()/send()/throw()): its next yield, or its return. */
  resumeGenNested(g: PyGenerator, value: PyValue, exc: PyExc | null): { k: "yield" | "return"; value: PyValue } {
    // a logged step of the native driving the generator (runtime/replay.ts)
    return R.on ? step(() => this.resumeGen(g, value, exc)) : this.resumeGen(g, value, exc);
  }

  private resumeGen(g: PyGenerator, value: PyValue, exc: PyExc | null): { k: "yield" | "return"; value: PyValue } {
    if (g.running) raise("ValueError", "generator already executing");
    if (g.finished) {
      if (exc) throw exc;
      return { k: "return", value: None };
    }
    const st = this.cur;
    const f = g.frame;
    if (!g.started && value !== None && !exc) typeError("can't send non-None value to a just-started generator");
    const saved = st.frame;
    this.enterGen(g, value, exc, Resume.NATIVE, null);
    st.nested++;
    const on = R.on;
    const steps = R.steps;
    const at = R.at;
    R.on = false;
    try {
      if (exc && !g.started) {
        g.started = true;
        g.finished = true;
        throw exc;
      }
      g.started = true;
      st.frame = f;
      st.resumeExc = exc;
      const r = run(this, st, NESTED_CHECK_EVERY);
      switch (r.k) {
        case "return":
        case "yield":
          return r;
        case "exception":
          throw r.exc;
        default:
          throw new HaltError("unsupported", "a blocking call inside a generator driven from native code is not supported here");
      }
    } catch (e) {
      if (e instanceof NativeSuspend && e.boundary === null) {
        e.boundary = f;
        e.kind = "gen";
      }
      throw e;
    } finally {
      R.on = on;
      R.steps = steps;
      R.at = at;
      st.nested--;
      st.frame = saved;
    }
  }

  /** Prepare a generator frame to continue: push the sent value, link it to its resumer. */
  enterGen(g: PyGenerator, value: PyValue, exc: PyExc | null, mode: Resume, back: Frame | null): void {
    const f = g.frame;
    if (g.started && !exc) f.stack.push(value);
    g.mode = mode;
    g.running = true;
    f.back = back;
    f.boundary = back === null;
    this.cur.depth++;
  }

  /** Runs the thread's frames from st.frame until they return, raise, yield to native code, park
   * or have executed `limit` instructions at an eval-breaker point (vm/run.ts). */
  run(st: ExecState, limit: number): RunResult {
    return run(this, st, limit);
  }

  /** for natives that must iterate (list(x), unpacking): drains via nested runs. */
  iterate(v: PyValue): PyValue[] {
    if (v instanceof PyGenerator && v.cls === T.generator) {
      const out: PyValue[] = [];
      for (;;) {
        const r = this.resumeGenNested(v, None, null);
        if (r.k === "return") return out;
        out.push(r.value);
      }
    }
    return iterToArray(v);
  }
}
