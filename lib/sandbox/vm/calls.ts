// Calls made by the dispatch loop that do not fit its inline fast paths: any callable (Python
// functions and plain classes become frames; natives run at once), keyword and star calls, the
// calls behind `with` and `async for`, and the pool of frames the positional fast path reuses.
import type { Code } from "../compile/code";
import { getAttrOpt } from "../runtime/attrs";
import { allocInstance, callValue, metaCall } from "../runtime/call";
import { typeName, typeOf } from "../runtime/coerce";
import { raise, typeError } from "../runtime/errors";
import { lookupType } from "../runtime/types";
import { type Kw, None, PyBuiltin, PyDict, PyFunction, PyMethod, PyObj, PyTuple, PyType, type PyValue, T } from "../runtime/value";
import { type ExecState, Frame, PyGenerator } from "./frame";
import type { Interp } from "./interp";
import { FRAME_PUSHED, SUSPEND } from "./signals";
import { NativeSuspend, R } from "../runtime/replay";
import type { NativeSite } from "./native-replay";
import { plainInit } from "./attr-cache";
import { setupCells } from "./bind";

/** Calls any callable from the dispatch loop: the result, SUSPEND when the thread parked, or
 * FRAME_PUSHED when a Python frame was pushed (st.frame) for run() to continue in. */
export function callAny(vm: Interp, st: ExecState, frame: Frame, ip: number, fn: PyValue, args: PyValue[], kw: Kw): PyValue {
  frame.ip = ip;
  st.frame = frame;
  if (kw === null && args.length === 1 && args[0] instanceof PyGenerator && args[0].cls === T.generator) {
    const alt = vm.genConsumers.get(fn);
    if (alt !== undefined) fn = alt;
  }
  if (fn instanceof PyMethod) {
    args = [fn.self, ...args];
    fn = fn.func;
  }
  if (fn instanceof PyFunction) {
    const f = vm.callFrame(fn, args, 0, args.length, kw);
    if (f instanceof PyGenerator) return f;
    f.back = frame;
    if (++st.depth > vm.recursionLimit) recursionError();
    st.frame = f;
    return FRAME_PUSHED;
  }
  if (fn instanceof PyBuiltin) return callNative(() => (fn.self !== null ? fn.fn([fn.self, ...args], kw) : fn.fn(args, kw)));
  if (fn instanceof PyType) {
    const meta = metaCall(fn);
    if (meta !== undefined) return callAny(vm, st, frame, ip, meta, [fn, ...args], kw);
    // fast path: plain classes whose __init__ is Python code run __init__ as a frame
    const newFn = lookupType(fn, "__new__");
    const init = lookupType(fn, "__init__");
    // object.__new__ only allocates: the instance is made here and __init__ runs as a frame, so a
    // blocking call in __init__ (starting a thread, say) parks the thread like any other
    if ((newFn === undefined || newFn === T.object.dict.get("__new__")) && init instanceof PyFunction && fn.layout === "object" && !fn.noDict) {
      const obj = allocInstance(fn);
      const f = vm.callFrame(init, [obj, ...args], 0, args.length + 1, kw);
      if (f instanceof PyGenerator) typeError("__init__() should return None, not 'generator'");
      const fr = f as Frame;
      fr.back = frame;
      if (++st.depth > vm.recursionLimit) recursionError();
      // the caller receives the instance, not __init__'s return value
      const shim = newInitShim(frame, obj);
      fr.back = shim;
      st.depth++;
      st.frame = fr;
      return FRAME_PUSHED;
    }
  } else if (fn instanceof PyObj && !(fn instanceof PyBuiltin)) {
    // instances with a Python __call__ (e.g. functools.partial) run as a frame, so a blocking
    // call inside them parks the thread instead of needing a nested run
    const call = lookupType(typeOf(fn), "__call__");
    if (call instanceof PyFunction) return callAny(vm, st, frame, ip, call, [fn, ...args], kw);
  }
  return callNative(() => callValue(fn, args, kw));
}

/** A native called from callAny, its steps logged so it can run again if a Python callback inside
 * it blocks (native-replay.ts): the result goes on the stack, where the call's operands were. */
function callNative(redo: () => PyValue): PyValue {
  R.on = true;
  R.steps = null;
  R.at = 0;
  try {
    return redo();
  } catch (e) {
    if (e instanceof NativeSuspend && e.boundary !== null && e.site === null) e.site = { k: "call", redo, pop: 0 } satisfies NativeSite;
    throw e;
  } finally {
    R.on = false;
  }
}

/** CALL_KW and CALL_EX (out of run(): the plain CALL is the hot one). Returns what callAny returns. */
export function keywordCall(vm: Interp, st: ExecState, frame: Frame, ip: number, op: number, arg: number): PyValue {
  const stack = frame.stack;
  let kw: Kw = null;
  if (op === 63 /* CALL_KW */) {
    const names = (stack.pop() as PyTuple).items as string[];
    const base = stack.length - arg - 1;
    const fn = stack[base]!;
    const npos = arg - names.length;
    const args = stack.slice(base + 1, base + 1 + npos);
    kw = new Map();
    for (let i = 0; i < names.length; i++) kw.set(names[i]!, stack[base + 1 + npos + i]!);
    stack.length = base;
    return callAny(vm, st, frame, ip, fn, args, kw);
  }
  const kwd = arg & 1 ? (stack.pop() as PyDict) : null;
  const args = (stack.pop() as PyTuple).items;
  const fn = stack.pop()!;
  if (kwd) {
    kw = new Map();
    for (const e of kwd.map.values()) kw.set(e.k as string, e.v);
  }
  return callAny(vm, st, frame, ip, fn, args, kw);
}

/** The calls a with statement and async for make (out of run(): rarely hot). Returns what
 * callAny returns. */
export function protocolCall(vm: Interp, st: ExecState, frame: Frame, op: number, ip: number): PyValue {
  const stack = frame.stack;
  switch (op) {
    case 83 /* BEFORE_WITH */:
    case 84 /* BEFORE_ASYNC_WITH */: {
      const mgr = stack.pop()!;
      const a = op === 83; /* BEFORE_WITH */
      const enter = getAttrOpt(mgr, a ? "__enter__" : "__aenter__");
      const exit = getAttrOpt(mgr, a ? "__exit__" : "__aexit__");
      if (enter === undefined || exit === undefined) typeError(`'${typeName(mgr)}' object does not support the ${a ? "" : "asynchronous "}context manager protocol`);
      stack.push(exit!);
      return callAny(vm, st, frame, ip, enter!, [], null);
    }
    case 85 /* WITH_EXIT */:
      return callAny(vm, st, frame, ip, stack.pop()!, [None, None, None], null);
    case 86 /* WITH_EXCEPT_START */: {
      const l = stack.length;
      const e = stack[l - 1]!;
      return callAny(vm, st, frame, ip, stack[l - 3]!, [typeOf(e), e, None], null);
    }
    default: {
      // GET_ANEXT
      const v = stack[stack.length - 1]!;
      const f = getAttrOpt(v, "__anext__");
      if (f === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(v)}`);
      const res = callAny(vm, st, frame, ip, f!, [], null);
      if (res === FRAME_PUSHED || res === SUSPEND) raise("RuntimeError", "unsupported __anext__");
      return res;
    }
  }
}

/** CALL of a plain class with exactly its __init__'s positional arguments (vm/attr-cache.ts
 * plainInit): pops the operands, makes the instance and returns __init__'s frame above a shim that
 * returns the instance, as callAny does without its lookups and copies; null for any other class. */
export function enterPlainInit(vm: Interp, st: ExecState, frame: Frame, cls: PyType, argc: number): Frame | null {
  const init = plainInit(cls);
  if (init === null || init.plainArgc !== argc + 1) return null;
  const stack = frame.stack;
  const obj = allocInstance(cls);
  const f = newFrame(init);
  const fast = f.fast;
  for (let i = argc; i >= 1; i--) fast[i] = stack.pop()!;
  fast[0] = obj;
  stack.pop();
  if (init.hasCells) setupCells(f, init);
  f.back = newInitShim(frame, obj);
  if (++st.depth > vm.recursionLimit) recursionError();
  st.depth++;
  return f;
}

/** A frame for the positional-call fast path, reused from fn's pool when one is free. */
export function newFrame(fn: PyFunction): Frame {
  const pool = fn.framePool;
  if (pool !== null && pool.length > 0) return pool.pop()!;
  const f = new Frame(fn.code, fn.globals, fn);
  f.recycle = true;
  return f;
}

/** Reset a returned fast-path frame and keep it for the next call of the same function. */
export function releaseFrame(f: Frame): void {
  const fn = f.func!;
  let pool = fn.framePool;
  if (pool === null) pool = fn.framePool = [];
  // deep recursion only keeps a few frames: enough for loops and shallow recursion
  if (pool.length >= 16) return;
  f.ip = 0;
  const stack = f.stack;
  while (stack.length > 0) stack.pop();
  const fast = f.fast;
  for (let i = 0; i < fast.length; i++) fast[i] = undefined;
  f.blocks = null;
  f.curExc = null;
  f.cells = null;
  pool.push(f);
}

let shimFn: PyFunction | null = null;

/** The frame below a Python __init__, holding the instance it returns to `caller` (pooled like
 * the fast path's frames; it never runs user code, so whose globals it has does not matter). */
export function newInitShim(caller: Frame, obj: PyValue): Frame {
  shimFn ??= new PyFunction(INIT_SHIM, caller.globals, [], null, null, "<init>");
  const shim = newFrame(shimFn);
  shim.stack.push(obj);
  shim.back = caller;
  return shim;
}

/** A tiny code object that returns the instance it holds: the frame below a Python __init__
 * (whose two instructions the dispatch loop runs as part of __init__'s return, vm/run.ts). */
export const INIT_SHIM: Code = {
  name: "<init>",
  qualname: "<init>",
  filename: "<init>",
  code: Int32Array.from([1 /* POP_TOP */, 0, 66 /* RETURN_VALUE */, 0]),
  consts: [],
  names: [],
  globalCache: [],
  attrCache: [],
  varnames: [],
  cellvars: [],
  freevars: [],
  cellFromArg: [],
  argcount: 0,
  posonlycount: 0,
  kwonlycount: 0,
  flags: { generator: false, coroutine: false, usesNames: false, varargs: false, varkw: false },
  firstLine: 0,
  lines: Int32Array.from([0, 0]),
  spans: Int32Array.from([-1, -1, -1, -1, -1, -1, -1, -1]),
  doc: null,
  source: "",
  hidden: true,
  children: [],
};

export function recursionError(): never {
  return raise("RecursionError", "maximum recursion depth exceeded");
}
