// Async generators (PEP 525). An async generator is a generator frame whose code is both a
// coroutine and a generator. `__anext__()`, `asend()`, `athrow()` and `aclose()` return an
// awaitable step object; each resume of the step runs the generator's frame until it either
// yields its own value (the step completes with it), awaits something that suspends (that
// yield passes through to the task, as CPython's value-wrapper check does) or finishes
// (StopAsyncIteration). The frame is resumed with a nested run, so a *blocking* call (one that
// parks the thread) inside an async generator's body is reported as unsupported.
import { newExc, raise, typeError } from "../runtime/errors";
import { fn, methods } from "../runtime/native";
import { getAttrOpt } from "../runtime/attrs";
import { callValue } from "../runtime/call";
import { typeName } from "../runtime/coerce";
import { makeType } from "../runtime/types";
import { None, PyExc, PyObj, T, type PyType, type PyValue } from "../runtime/value";
import type { PyGenerator } from "./frame";
import type { Interp } from "./interp";
import { HaltError } from "./signals";
import { makeExc } from "./unwind";

type StepMode = "send" | "throw" | "close";
type StepResult = { done: boolean; value: PyValue };

let asendType: PyType | null = null;
let athrowType: PyType | null = null;

/** The awaitable returned by __anext__/asend (mode send) and athrow/aclose. */
export class PyAGenStep extends PyObj {
  started = false;
  done = false;
  /** an exception the awaiting task threw in (cancellation): delivered into the generator */
  throwNext: PyExc | null = null;
  /** anext(agen, default): what StopAsyncIteration turns into */
  dflt: PyValue | undefined = undefined;
  constructor(
    private interp: Interp,
    private agen: PyGenerator,
    private mode: StepMode,
    private first: PyValue | PyExc,
  ) {
    super(mode === "send" ? asendType! : athrowType!);
  }

  awaitStep(sent: PyValue): StepResult {
    if (this.dflt === undefined) return this.step(sent);
    try {
      return this.step(sent);
    } catch (e) {
      if (e instanceof PyExc && e.cls.name === "StopAsyncIteration") return { done: true, value: this.dflt };
      throw e;
    }
  }

  private step(sent: PyValue): StepResult {
    if (this.done) raise("RuntimeError", this.mode === "send" ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
    const g = this.agen;
    let exc: PyExc | null = this.throwNext;
    this.throwNext = null;
    let value = sent;
    if (!this.started) {
      this.started = true;
      if (this.mode === "send") value = this.first as PyValue;
      else if (exc === null) exc = this.first as PyExc;
      if (g.finished || (this.mode === "close" && !g.started)) {
        g.finished = true;
        this.done = true;
        if (this.mode === "send") throw newExc("StopAsyncIteration");
        if (this.mode === "close") return { done: true, value: None };
        throw exc!;
      }
    }
    let r: { k: "yield" | "return"; value: PyValue };
    try {
      r = this.interp.resumeGenNested(g, value, exc);
    } catch (e) {
      this.done = true;
      if (e instanceof PyExc) {
        const name = e.cls.name;
        if (this.mode === "close" && (name === "GeneratorExit" || name === "StopAsyncIteration")) return { done: true, value: None };
        if (name === "StopAsyncIteration" && e !== exc) {
          const re = newExc("RuntimeError", "async generator raised StopAsyncIteration");
          re.cause = e;
          re.tb = e.tb;
          throw re;
        }
      }
      throw e;
    }
    if (r.k === "return") {
      this.done = true;
      if (this.mode === "close") return { done: true, value: None };
      throw newExc("StopAsyncIteration");
    }
    // a yield that comes out of the generator's own `await` (its frame is parked on YIELD_FROM)
    // belongs to the event loop: pass it through and stay pending
    const f = g.frame;
    if (f.code.code[f.ip] === 69 /* YIELD_FROM */) return { done: false, value: r.value };
    this.done = true;
    if (this.mode === "close") raise("RuntimeError", "async generator ignored GeneratorExit");
    return { done: true, value: r.value };
  }
}

export function installAsyncGenMethods(interp: Interp): void {
  asendType ??= makeType("async_generator_asend", [T.object]);
  athrowType ??= makeType("async_generator_athrow", [T.object]);
  const A = (v: PyValue): PyGenerator => v as PyGenerator;
  methods(T.async_generator, {
    __aiter__: ([g]) => g!,
    __anext__: ([g]) => new PyAGenStep(interp, A(g!), "send", None),
    asend: ([g, v]) => new PyAGenStep(interp, A(g!), "send", v ?? None),
    athrow: ([g, e]) => new PyAGenStep(interp, A(g!), "throw", makeExc(e!)),
    aclose: ([g]) => new PyAGenStep(interp, A(g!), "close", newExc("GeneratorExit")),
  });
  const stepMethods = {
    __await__: ([s]: PyValue[]) => s!,
  };
  methods(asendType, stepMethods);
  methods(athrowType, stepMethods);
  const b = interp.builtins;
  b.set(
    "aiter",
    fn("aiter", ([x]) => {
      const f = getAttrOpt(x!, "__aiter__");
      if (f === undefined) typeError(`'${typeName(x!)}' object is not an async iterable`);
      return callValue(f!, [], null);
    }),
  );
  b.set(
    "anext",
    fn("anext", (args) => {
      const [x, dflt] = args;
      const f = getAttrOpt(x!, "__anext__");
      if (f === undefined) typeError(`'${typeName(x!)}' object is not an async iterator`);
      const aw = callValue(f!, [], null);
      if (args.length > 1) {
        if (!(aw instanceof PyAGenStep)) unsupported("anext() with a default on an object that is not an async generator");
        (aw as PyAGenStep).dflt = dflt!;
      }
      return aw;
    }),
  );
}

function unsupported(what: string): never {
  throw new HaltError("unsupported", `${what} is not supported by the sandbox`);
}
