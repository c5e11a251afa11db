// `yield from` and `await`: delegating to a sub-generator (its frame runs on the same heap chain)
// or stepping a native awaitable, and passing its yields up the delegation chain.
import { getAttrOpt } from "../runtime/attrs";
import { callValue } from "../runtime/call";
import { raise, typeError } from "../runtime/errors";
import { iterStep } from "../runtime/iter";
import { None, PyObj, type PyValue } from "../runtime/value";
import { type ExecState, Frame, PyGenerator, Resume, type RunResult } from "./frame";
import type { Interp } from "./interp";
import { typeName } from "../runtime/coerce";

/** YIELD_FROM (out of run(): generators and awaits are not what CPU-bound loops spend time on).
 * null: continue with st.frame at its ip; otherwise the run ends with this yield. */
export function yieldFrom(vm: Interp, st: ExecState, frame: Frame, ip: number): RunResult | null {
  const stack = frame.stack;
  const sent = stack.pop()!;
  const sub = stack[stack.length - 1]!;
  if (sub instanceof PyGenerator) {
    if (sub.finished) raise("RuntimeError", sub.isCoroutine ? "cannot reuse already awaited coroutine" : "generator already finished");
    if (sub.running) raise("ValueError", "generator already executing");
    frame.ip = ip - 2; // re-executed on every resume of this frame
    vm.enterGen(sub, sent, null, Resume.YIELD_FROM, frame);
    sub.started = true;
    st.frame = sub.frame;
    return null;
  }
  // native awaitable/iterator: ask it for the next step
  const step = stepNative(sub, sent);
  if (step.done) {
    stack.pop();
    stack.push(step.value);
    frame.ip = ip;
    st.frame = frame;
    return null;
  }
  // yield the value up the delegation chain; this frame re-executes YIELD_FROM on resume
  if (frame.gen === null) raise("RuntimeError", "yield from outside a generator");
  const value = step.value;
  frame.ip = ip - 2;
  for (;;) {
    st.depth--;
    const g = frame.gen!;
    g.running = false;
    const back = frame.back;
    frame.back = null;
    if (g.mode === Resume.NATIVE || back === null) {
      st.frame = frame;
      return { k: "yield", value };
    }
    frame = back;
    if (g.mode === Resume.FOR_ITER) {
      frame.stack.push(value);
      st.frame = frame;
      return null;
    }
    st.frame = frame;
    if (frame.gen === null) raise("RuntimeError", "yield from outside a generator");
  }
}

/** Advance a non-generator iterator used by YIELD_FROM (e.g. a Future's __await__). */
export function stepNative(sub: PyValue, sent: PyValue): { done: boolean; value: PyValue } {
  const step = (sub as PyObj & { awaitStep?: (sent: PyValue) => { done: boolean; value: PyValue } }).awaitStep;
  if (step) return step.call(sub, sent);
  const v = iterStep(sub);
  if (v === undefined) return { done: true, value: None };
  return { done: false, value: v };
}

export function getAwaitable(v: PyValue): PyValue {
  if (v instanceof PyGenerator) {
    if (!v.isCoroutine) typeError(`object ${typeName(v)} can't be used in 'await' expression`);
    return v;
  }
  const f = getAttrOpt(v, "__await__");
  if (f === undefined) typeError(`object ${typeName(v)} can't be used in 'await' expression`);
  return callValue(f!, [], null);
}
