// Exceptions in the VM: unwinding to a handler or out of the run, throwing into a delegating
// frame, traceback entries, the exception being handled, and `except`/`except*` matching.
import { isExceptionGroup, splitExceptionGroup } from "../runtime/exception-group";
import { callValue } from "../runtime/call";
import { typeOf } from "../runtime/coerce";
import { newExc, typeError } from "../runtime/errors";
import { EXC, isSubtype } from "../runtime/types";
import { None, PyExc, PyList, PyTuple, PyType, type PyValue, T } from "../runtime/value";
import { PyAGenStep } from "./async-gen";
import { type ExecState, Frame, PyGenerator, Resume, type RunResult } from "./frame";
import type { Interp } from "./interp";
import { HaltError } from "./signals";
import { takeCont } from "./native-replay";

/** Exception unwinding, out of run() because it is rarely hot: finds the handler (null: continue
 * with st.frame at its ip) or ends the run with the exception. */
export function unwind(st: ExecState, frame: Frame, ip: number, pc: number, err: unknown, reraise: boolean): RunResult | null {
  let e = toPyExc(err);
  if (!reraise) {
    addTb(e, frame, pc);
    const ctx = handledException(frame);
    if (ctx !== null && ctx !== e && e.context === None) {
      // avoid reference cycles in the context chain
      let c: PyValue = ctx;
      let cyc = false;
      while (c instanceof PyExc) {
        if (c === e) cyc = true;
        c = c.context;
      }
      if (!cyc) e.context = ctx;
    }
  }
  for (;;) {
    const blocks = frame.blocks;
    if (blocks !== null && blocks.length) {
      const level = blocks.pop()!;
      const handler = blocks.pop()!;
      const stack = frame.stack;
      stack.length = level;
      stack.push(e);
      frame.ip = handler;
      st.frame = frame;
      return null;
    }
    // no handler in this frame: pop it
    st.depth--;
    const g = frame.gen;
    if (g !== null) {
      g.running = false;
      g.finished = true;
      e = stopIterationEscaped(g, e);
    }
    const back = frame.back;
    frame.back = null;
    if (frame.boundary || back === null || (g !== null && g.mode === Resume.NATIVE)) {
      frame.ip = ip;
      // a native's callback that had blocked raised: the native runs again and meets the exception
      const c = takeCont(frame);
      if (c !== undefined) {
        st.replayPending = { c, ok: false, value: e };
        st.frame = c.outer;
        return null;
      }
      st.frame = frame;
      return { k: "exception", exc: e };
    }
    const rerun = frame.code.rerunsCaller === true;
    frame = back;
    ip = frame.ip;
    addTb(e, frame, (g !== null && g.mode === Resume.YIELD_FROM) || rerun ? ip : ip - 2);
    if (g !== null && g.mode === Resume.FOR_ITER) frame.stack.pop();
  }
}

/**
 * PEP 479: a StopIteration (or, from an async generator, StopAsyncIteration) escaping a generator
 * or coroutine would look like its normal end, so it becomes a RuntimeError caused by it. The
 * RuntimeError starts its own traceback at the generator's caller.
 */
function stopIterationEscaped(g: PyGenerator, e: PyExc): PyExc {
  const what = g.cls === T.generator ? "generator" : g.cls === T.coroutine ? "coroutine" : "async generator";
  let name: string;
  if (isSubtype(e.cls, EXC.StopIteration!)) name = "StopIteration";
  else if (what === "async generator" && isSubtype(e.cls, EXC.StopAsyncIteration!)) name = "StopAsyncIteration";
  else return e;
  const re = newExc("RuntimeError", `${what} raised ${name}`);
  re.cause = e;
  re.context = e;
  re.suppress = true;
  return re;
}

/** Where throwIntoDelegate sent an exception thrown into a frame parked on YIELD_FROM. */
export const enum Thrown {
  /** nothing to delegate to: raise it in this frame */
  RAISE_HERE,
  /** it goes on into the sub-generator, now st.frame */
  INTO_SUBGENERATOR,
  /** an async generator step takes it when YIELD_FROM re-runs the step (None pushed) */
  INTO_ASYNC_GEN_STEP,
}

export function throwIntoDelegate(vm: Interp, st: ExecState, frame: Frame, ip: number, e: PyExc): Thrown {
  const stack = frame.stack;
  const sub = stack[stack.length - 1];
  if (sub instanceof PyGenerator && !sub.finished) {
    frame.ip = ip;
    vm.enterGen(sub, None, e, Resume.YIELD_FROM, frame);
    sub.started = true;
    st.frame = sub.frame;
    return Thrown.INTO_SUBGENERATOR;
  }
  if (sub instanceof PyAGenStep && !sub.done) {
    // awaiting an async generator step: the exception goes into the generator's frame when
    // YIELD_FROM re-runs the step
    sub.throwNext = e;
    stack.push(None);
    return Thrown.INTO_ASYNC_GEN_STEP;
  }
  return Thrown.RAISE_HERE;
}

export function handledException(f: Frame | null): PyValue | null {
  for (let x = f; x; x = x.back) if (x.curExc !== null && x.curExc !== None) return x.curExc;
  return null;
}

export function toPyExc(err: unknown): PyExc {
  if (err instanceof PyExc) return err;
  if (err instanceof HaltError) throw err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return newExc("RecursionError", "maximum recursion depth exceeded");
  throw err;
}

export function addTb(e: PyExc, f: Frame, pc: number): void {
  const code = f.code;
  e.tb.push({ file: code.filename, line: code.lines[pc >> 1] ?? code.firstLine, name: code.name, code, pc });
}

export function excMatches(e: PyValue, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(e, x));
  if (!(t instanceof PyType) || !isSubtype(t, T.BaseException)) typeError("catching classes that do not inherit from BaseException is not allowed");
  return isSubtype(typeOf(e), t as PyType);
}

/** except*: split an exception group into [match, rest] or null if nothing matches. */
export function splitGroup(vm: Interp, eg: PyValue, t: PyValue): [PyValue, PyValue] | null {
  if (eg === None) return null;
  if (!isExceptionGroup(eg)) {
    if (excMatches(eg, t)) {
      const g = callValue(vm.builtins.get("ExceptionGroup")!, ["", new PyList([eg])], null);
      return [g, None];
    }
    return null;
  }
  // the check excMatches makes (catching non-exception classes is a TypeError) comes first
  excMatches(eg, t);
  const [match, rest] = splitExceptionGroup(eg, (e) => excMatches(e, t), true);
  return match === None ? null : [match, rest];
}

export function makeExc(v: PyValue): PyExc {
  if (v instanceof PyExc) return v;
  if (v instanceof PyType && isSubtype(v, T.BaseException)) {
    const e = callValue(v, [], null);
    if (e instanceof PyExc) return e;
  }
  return typeError("exceptions must derive from BaseException");
}
