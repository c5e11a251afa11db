// Opcode numbers are written as literals (with the name in a comment) because enum member
// reads from another module compile to property lookups, which defeats switch jump tables.
// The bytecode interpreter: one dispatch loop over heap frames. Python→Python calls never
// recurse on the JS stack, so a thread/task/generator can stop at any instruction.
import type { Code } from "../compile/code";
import { BINOPS } from "../compile/opcodes";
import { Op } from "../compile/opcodes";
import { binaryOp, inplaceOp, unaryInvert, unaryNeg, unaryPos } from "../runtime/arith";
import { hooks } from "../runtime/ctx";
import { newExc, raise, typeError } from "../runtime/errors";
import { formatValue } from "../runtime/format";
import { intAdd, intSub } from "../runtime/num";
import { delAttr, getAttr, getAttrOpt, setAttr } from "../runtime/attrs";
import { callValue, allocInstance } from "../runtime/call";
import { isInstance, truthy, typeName, typeOf } from "../runtime/coerce";
import { pyCompare, pyEq } from "../runtime/compare";
import { contains, dictSet } from "../runtime/containers";
import { hashKey } from "../runtime/hash";
import { getIter, iterNext, iterToArray } from "../runtime/iter";
import { repr, str } from "../runtime/repr";
import { delItem, getItem, setItem } from "../runtime/subscript";
import { isSubtype, lookupType } from "../runtime/types";
import {
  None,
  PyBuiltin,
  PyCell,
  PyClassMethod,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  GlobalsMap,
  PyIter,
  PyList,
  PyRangeIter,
  PyListIter,
  PyMethod,
  PyObj,
  PySet,
  PySlice,
  PyStaticMethod,
  PyTuple,
  PyType,
  T,
  type Kw,
  type PyValue,
} from "../runtime/value";
import { bindFrame, setupCells } from "./bind";
import { Frame, PyGenerator, Resume, type ExecState, type RunResult } from "./frame";
import { HaltError, SUSPEND } from "./signals";
import { PyAGenStep } from "./async-gen";


const NULL = null as unknown as PyValue;
const CMP = ["<", "<=", "==", "!=", ">", ">="] as const;

export type InterpHost = {
  importModule: (name: string, fromlist: boolean) => PyValue;
  /** called at eval-breaker points during nested runs so runaway callbacks still hit the budget */
  checkNested: (executed: number) => void;
};

export class Interp {
  builtins: Map<string, PyValue> = new GlobalsMap();
  cur!: ExecState;
  totalExecuted = 0;
  /** sys.getrecursionlimit(); a plain field because every Python call compares against it */
  recursionLimit = 1000;

  constructor(public host: InterpHost) {
    hooks.callFunction = (fn, args, kw) => this.callNested(fn, args, kw);
  }

  // ---------- frames ----------
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
    try {
      const r = this.run(st, Infinity);
      switch (r.k) {
        case "return":
          return r.value;
        case "exception":
          throw r.exc;
        default:
          throw new HaltError("unsupported", "a blocking call inside a callback invoked from native code (e.g. a key function, __repr__ or list(generator)) is not supported");
      }
    } finally {
      st.nested--;
      st.frame = saved;
    }
  }

  /** Resume a generator from native code (next()/send()/throw()). undefined = exhausted. */
  resumeGenNested(g: PyGenerator, value: PyValue, exc: PyExc | null): { k: "yield" | "return"; value: PyValue } {
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
    try {
      if (exc && !g.started) {
        g.started = true;
        g.finished = true;
        throw exc;
      }
      g.started = true;
      st.frame = f;
      st.resumeExc = exc;
      const r = this.run(st, Infinity);
      switch (r.k) {
        case "return":
        case "yield":
          return r;
        case "exception":
          throw r.exc;
        default:
          throw new HaltError("unsupported", "a blocking call inside a generator driven from native code (e.g. list(generator)) is not supported");
      }
    } finally {
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

  /** A frame for the positional-call fast path, reused from fn's pool when one is free. */
  newFrame(fn: PyFunction): Frame {
    const pool = fn.framePool;
    if (pool !== null && pool.length > 0) return pool.pop()!;
    const f = new Frame(fn.code, fn.globals, fn);
    f.recycle = true;
    return f;
  }

  // ---------- exceptions ----------
  handledException(f: Frame | null): PyValue | null {
    for (let x = f; x; x = x.back) if (x.curExc !== null && x.curExc !== None) return x.curExc;
    return null;
  }

  toPyExc(err: unknown): PyExc {
    if (err instanceof PyExc) return err;
    if (err instanceof HaltError) throw err;
    if (err instanceof RangeError && /call stack/i.test(err.message)) return newExc("RecursionError", "maximum recursion depth exceeded");
    throw err;
  }

  addTb(e: PyExc, f: Frame, pc: number): void {
    const code = f.code;
    e.tb.push({ file: code.filename, line: code.lines[pc >> 1] ?? code.firstLine, name: code.name, code, pc });
  }

  // ---------- the dispatch loop ----------
  run(st: ExecState, limit: number): RunResult {
    let frame = st.frame!;
    let code = frame.code;
    let co = code.code;
    let stack = frame.stack;
    let ip = frame.ip;
    let pc = ip;
    let n = 0;
    let pending: PyExc | null = st.resumeExc;
    st.resumeExc = null;
    if (st.resumeValue !== undefined) {
      if (pending === null) stack.push(st.resumeValue);
      st.resumeValue = undefined;
    }
    let reraise = false;
    const nested = st.nested > 0;
    for (;;) {
      try {
        if (pending !== null) {
          const e = pending;
          pending = null;
          reraise = true;
          pc = ip - 2 < 0 ? 0 : ip - 2;
          // throwing into a delegating frame forwards the exception to the sub-iterator
          const delegating = co[ip] === 69 /* YIELD_FROM */;
          if (delegating && frame.gen !== null) {
            const k = this.throwIntoDelegate(st, frame, ip, e);
            if (k === 2) {
              frame = st.frame!;
              code = frame.code;
              co = code.code;
              stack = frame.stack;
              ip = frame.ip;
              pending = e;
              continue;
            }
            if (k === 1) {
              reraise = false;
              continue;
            }
          }
          // gen.throw() and a blocking call woken with an error raise in this frame: CPython's
          // traceback gains the frame (at its await/call) but, unlike a new raise, no __context__
          if (delegating) pc = ip;
          this.addTb(e, frame, pc);
          throw e;
        }
        for (;;) {
          pc = ip;
          const op = co[ip]!;
          const arg = co[ip + 1]!;
          ip += 2;
          n++;
          switch (op) {
            case 1 /* POP_TOP */:
              stack.pop();
              break;
            case 2 /* DUP_TOP */:
              stack.push(stack[stack.length - 1]!);
              break;
            case 4 /* ROT_TWO */: {
              const l = stack.length;
              const t = stack[l - 1]!;
              stack[l - 1] = stack[l - 2]!;
              stack[l - 2] = t;
              break;
            }
            case 7 /* LOAD_CONST */:
              stack.push(code.consts[arg]!);
              break;
            case 8 /* LOAD_FAST */: {
              const v = frame.fast[arg];
              if (v === undefined) raise("UnboundLocalError", `cannot access local variable '${code.varnames[arg]}' where it is not associated with a value`);
              stack.push(v);
              // LOAD_FAST; LOAD_CONST (`n - 1`, `i < 10`): run the constant load here and save a
              // dispatch. It still counts as an instruction, and it can neither raise nor switch.
              if (co[ip] === 7 /* LOAD_CONST */) {
                stack.push(code.consts[co[ip + 1]!]!);
                ip += 2;
                n++;
              }
              break;
            }
            case 9 /* STORE_FAST */:
              frame.fast[arg] = stack.pop()!;
              break;
            case 11 /* LOAD_DEREF */: {
              const v = frame.cells![arg]!.v;
              if (v === undefined) derefError(code, arg);
              stack.push(v!);
              break;
            }
            case 12 /* STORE_DEREF */:
              frame.cells![arg]!.v = stack.pop()!;
              break;
            case 16 /* LOAD_GLOBAL */: {
              // inline cache: valid while no GlobalsMap anywhere has been written since it was filled
              const ce = code.globalCache[arg]!;
              const g = frame.globals;
              if (ce.map === g && ce.epoch === GlobalsMap.epoch) {
                stack.push(ce.value!);
                break;
              }
              const nm = code.names[arg]!;
              let v = g.get(nm);
              if (v === undefined) v = this.builtins.get(nm);
              if (v === undefined) this.nameError(nm, frame);
              if (g instanceof GlobalsMap && this.builtins instanceof GlobalsMap) {
                ce.map = g;
                ce.epoch = GlobalsMap.epoch;
                ce.value = v;
              }
              stack.push(v!);
              break;
            }
            case 17 /* STORE_GLOBAL */:
              frame.globals.set(code.names[arg]!, stack.pop()!);
              break;
            case 19 /* LOAD_NAME */: {
              const nm = code.names[arg]!;
              let v = frame.names!.get(nm);
              if (v === undefined) v = frame.globals.get(nm);
              if (v === undefined) v = this.builtins.get(nm);
              if (v === undefined) this.nameError(nm, frame);
              stack.push(v!);
              break;
            }
            case 20 /* STORE_NAME */:
              frame.names!.set(code.names[arg]!, stack.pop()!);
              break;
            case 22 /* LOAD_ATTR */: {
              const l = stack.length - 1;
              stack[l] = getAttr(stack[l]!, code.names[arg]!);
              break;
            }
            case 23 /* STORE_ATTR */: {
              const obj = stack.pop()!;
              setAttr(obj, code.names[arg]!, stack.pop()!);
              break;
            }
            case 25 /* LOAD_METHOD */: {
              const obj = stack.pop()!;
              const nm = code.names[arg]!;
              if (obj instanceof PyObj && !(obj instanceof PyType) && obj.cls !== T.module && obj.cls !== T.super) {
                const attr = lookupType(obj.cls, nm);
                if ((attr instanceof PyFunction || (attr instanceof PyBuiltin && attr.self === null)) && (obj.attrs === null || !obj.attrs.has(nm))) {
                  stack.push(attr, obj);
                  break;
                }
              } else if (typeof obj === "string" || typeof obj === "number") {
                const attr = lookupType(typeOf(obj), nm);
                if (attr instanceof PyBuiltin) {
                  stack.push(attr, obj);
                  break;
                }
              }
              stack.push(getAttr(obj, nm), NULL);
              break;
            }
            case 26 /* CALL_METHOD */: {
              const base = stack.length - arg - 2;
              const fn = stack[base]!;
              const self = stack[base + 1];
              if (self !== NULL) {
                if (fn instanceof PyFunction) {
                  frame.ip = ip;
                  let f: Frame;
                  if (fn.plain && fn.code.argcount === arg + 1) {
                    // exact positional call: pop self + args straight into the new frame's locals
                    f = this.newFrame(fn);
                    const fast = f.fast;
                    for (let i = arg; i >= 0; i--) fast[i] = stack.pop()!;
                    stack.pop();
                    if (fn.hasCells) setupCells(f, fn);
                  } else {
                    const g = this.callFrame(fn, stack, base + 1, arg + 1, null);
                    // pop() loop: assigning .length is a slow runtime call in V8
                    while (stack.length > base) stack.pop();
                    if (g instanceof PyGenerator) {
                      stack.push(g);
                      break;
                    }
                    f = g;
                  }
                  f.back = frame;
                  if (++st.depth > this.recursionLimit) this.recursionError(st);
                  frame = f;
                  code = f.code;
                  co = code.code;
                  stack = f.stack;
                  ip = 0;
                  if (n >= limit && !nested) return this.preempt(st, frame, ip, n);
                  break;
                }
                const args = new Array<PyValue>(arg + 1);
                for (let i = arg; i >= 0; i--) args[i] = stack.pop()!;
                stack.pop();
                frame.ip = ip;
                st.frame = frame;
                const r = (fn as PyBuiltin).fn(args, null);
                if (r === SUSPEND) return this.park(st, frame, ip, n, nested);
                stack.push(r);
                break;
              }
              // plain callable in the method slot
              const args = stack.slice(base + 2);
              while (stack.length > base) stack.pop();
              const res = this.callAny(st, frame, ip, fn, args, null);
              if (res === undefined) {
                frame = st.frame!;
                code = frame.code;
                co = code.code;
                stack = frame.stack;
                ip = frame.ip;
                if (n >= limit && !nested) return this.preempt(st, frame, ip, n);
                break;
              }
              if (res === SUSPEND) return this.park(st, frame, ip, n, nested);
              stack.push(res);
              break;
            }
            case 62 /* CALL */:
            case 63 /* CALL_KW */:
            case 64 /* CALL_EX */: {
              let res: PyValue | undefined;
              if (op === 62 /* CALL */) {
                const base = stack.length - arg - 1;
                const fn = stack[base]!;
                if (fn instanceof PyFunction) {
                  frame.ip = ip;
                  let f: Frame;
                  if (fn.plain && fn.code.argcount === arg) {
                    // exact positional call: pop args straight into the new frame's locals
                    f = this.newFrame(fn);
                    const fast = f.fast;
                    for (let i = arg - 1; i >= 0; i--) fast[i] = stack.pop()!;
                    stack.pop();
                    if (fn.hasCells) setupCells(f, fn);
                  } else {
                    const g = this.callFrame(fn, stack, base + 1, arg, null);
                    while (stack.length > base) stack.pop();
                    if (g instanceof PyGenerator) {
                      stack.push(g);
                      break;
                    }
                    f = g;
                  }
                  f.back = frame;
                  if (++st.depth > this.recursionLimit) this.recursionError(st);
                  frame = f;
                  code = f.code;
                  co = code.code;
                  stack = f.stack;
                  ip = 0;
                  if (n >= limit && !nested) return this.preempt(st, frame, ip, n);
                  break;
                }
                const args = new Array<PyValue>(arg);
                for (let i = arg - 1; i >= 0; i--) args[i] = stack.pop()!;
                stack.pop();
                // builtin functions and exact builtin types: no frame, no callAny dispatch (a lone
                // generator argument still goes through callAny, which may swap in a parking consumer)
                if ((fn instanceof PyBuiltin ? fn.self === null : fn instanceof PyType && fn.direct !== null) && !(arg === 1 && args[0] instanceof PyGenerator)) {
                  frame.ip = ip;
                  st.frame = frame;
                  const r = fn instanceof PyBuiltin ? fn.fn(args, null) : (fn as PyType).direct!(args, null);
                  if (r === SUSPEND) return this.park(st, frame, ip, n, nested);
                  stack.push(r);
                  if (n >= limit && !nested) return this.preempt(st, frame, ip, n);
                  break;
                }
                res = this.callAny(st, frame, ip, fn, args, null);
              } else res = this.keywordCall(st, frame, ip, op, arg);
              if (res === undefined) {
                frame = st.frame!;
                code = frame.code;
                co = code.code;
                stack = frame.stack;
                ip = frame.ip;
                if (n >= limit && !nested) return this.preempt(st, frame, ip, n);
                break;
              }
              if (res === SUSPEND) return this.park(st, frame, ip, n, nested);
              stack.push(res);
              if (n >= limit && !nested) return this.preempt(st, frame, ip, n);
              break;
            }
            case 27 /* BINARY_SUBSCR */: {
              const key = stack.pop()!;
              const l = stack.length - 1;
              const obj = stack[l]!;
              if (obj instanceof PyList && typeof key === "number" && obj.cls === T.list) {
                const i = key < 0 ? key + obj.items.length : key;
                const v = obj.items[i];
                if (v !== undefined && i >= 0) {
                  stack[l] = v;
                  break;
                }
              }
              stack[l] = getItem(obj, key);
              break;
            }
            case 28 /* STORE_SUBSCR */: {
              const key = stack.pop()!;
              const obj = stack.pop()!;
              const v = stack.pop()!;
              if (obj instanceof PyList && typeof key === "number" && obj.cls === T.list && key >= 0 && key < obj.items.length) obj.items[key] = v;
              else setItem(obj, key, v);
              break;
            }
            case 31 /* BINARY_OP */:
            case 32 /* INPLACE_OP */: {
              const b = stack.pop()!;
              const l = stack.length - 1;
              const a = stack[l]!;
              if (typeof a === "number" && typeof b === "number") {
                let r: number;
                switch (arg) {
                  case 0:
                    r = a + b;
                    if (r <= 9007199254740991 && r >= -9007199254740991) {
                      stack[l] = r;
                      continue;
                    }
                    stack[l] = intAdd(a, b);
                    continue;
                  case 1:
                    r = a - b;
                    if (r <= 9007199254740991 && r >= -9007199254740991) {
                      stack[l] = r;
                      continue;
                    }
                    stack[l] = intSub(a, b);
                    continue;
                  case 2:
                    r = a * b;
                    if (r <= 9007199254740991 && r >= -9007199254740991) {
                      stack[l] = r === 0 ? 0 : r;
                      continue;
                    }
                    break;
                  case 5:
                    if (b > 0 && a >= 0) {
                      stack[l] = a % b;
                      continue;
                    }
                    break;
                  case 4:
                    if (b > 0 && a >= 0) {
                      stack[l] = Math.floor(a / b);
                      continue;
                    }
                    break;
                  case 10:
                    if ((a | 0) === a && (b | 0) === b) {
                      stack[l] = a & b;
                      continue;
                    }
                    break;
                }
              } else if (a instanceof PyFloat && b instanceof PyFloat) {
                switch (arg) {
                  case 0:
                    stack[l] = new PyFloat(a.v + b.v);
                    continue;
                  case 1:
                    stack[l] = new PyFloat(a.v - b.v);
                    continue;
                  case 2:
                    stack[l] = new PyFloat(a.v * b.v);
                    continue;
                }
              } else if (typeof a === "string" && typeof b === "string" && arg === 0) {
                stack[l] = a + b;
                continue;
              }
              stack[l] = op === 31 /* BINARY_OP */ ? binaryOp(arg, a, b) : inplaceOp(arg, a, b);
              break;
            }
            case 36 /* UNARY_NOT */: {
              const l = stack.length - 1;
              stack[l] = !truthy(stack[l]!);
              break;
            }
            case 37 /* COMPARE_OP */: {
              const b = stack.pop()!;
              const l = stack.length - 1;
              const a = stack[l]!;
              if (typeof a === "number" && typeof b === "number") {
                const r = arg === 0 ? a < b : arg === 1 ? a <= b : arg === 2 ? a === b : arg === 3 ? a !== b : arg === 4 ? a > b : a >= b;
                // COMPARE_OP; POP_JUMP_IF_*: branch directly instead of pushing the bool for the
                // next dispatch (still two counted instructions; neither can switch threads)
                const next = co[ip];
                if (next === 42 /* POP_JUMP_IF_FALSE */ || next === 43 /* POP_JUMP_IF_TRUE */) {
                  stack.pop();
                  n++;
                  ip = r === (next === 43) ? co[ip + 1]! : ip + 2;
                  continue;
                }
                stack[l] = r;
                continue;
              }
              stack[l] = this.compare(arg, a, b);
              break;
            }
            case 38 /* IS_OP */: {
              const b = stack.pop()!;
              const l = stack.length - 1;
              const a = stack[l]!;
              const same = a === b || (a instanceof PyFloat && b instanceof PyFloat && a.v === b.v && false);
              stack[l] = arg ? !same : same;
              break;
            }
            case 39 /* CONTAINS_OP */: {
              const b = stack.pop()!;
              const l = stack.length - 1;
              const r = contains(b, stack[l]!);
              stack[l] = arg ? !r : r;
              break;
            }
            case 40 /* JUMP */:
              ip = arg;
              break;
            case 41 /* JUMP_BACKWARD */:
              ip = arg;
              if (n >= limit) {
                if (!nested) return this.preempt(st, frame, ip, n);
                this.host.checkNested(st.executed + n);
              }
              break;
            case 42 /* POP_JUMP_IF_FALSE */: {
              const v = stack.pop()!;
              if (v === false || (v !== true && !truthy(v))) ip = arg;
              break;
            }
            case 43 /* POP_JUMP_IF_TRUE */: {
              const v = stack.pop()!;
              if (v === true || (v !== false && truthy(v))) ip = arg;
              break;
            }
            case 44 /* JUMP_IF_FALSE_OR_POP */:
              if (!truthy(stack[stack.length - 1]!)) ip = arg;
              else stack.pop();
              break;
            case 45 /* JUMP_IF_TRUE_OR_POP */:
              if (truthy(stack[stack.length - 1]!)) ip = arg;
              else stack.pop();
              break;
            case 46 /* GET_ITER */: {
              const l = stack.length - 1;
              const v = stack[l]!;
              if (!(v instanceof PyGenerator && v.cls === T.generator)) stack[l] = getIter(v);
              break;
            }
            case 47 /* FOR_ITER */: {
              const it = stack[stack.length - 1]!;
              // range iteration steps the iterator's fields inline instead of calling its closure
              if (it instanceof PyRangeIter) {
                const c = it.cur;
                if (it.step > 0 ? c < it.stop : c > it.stop) {
                  it.cur = c + it.step;
                  stack.push(c);
                } else {
                  stack.pop();
                  ip = arg;
                }
                break;
              }
              if (it instanceof PyListIter) {
                const i = it.i;
                const items = it.items;
                if (i < items.length) {
                  it.i = i + 1;
                  stack.push(items[i]!);
                } else {
                  stack.pop();
                  ip = arg;
                }
                break;
              }
              if (it instanceof PyIter) {
                const v = it.next();
                if (v === undefined) {
                  stack.pop();
                  ip = arg;
                } else stack.push(v);
                break;
              }
              if (it instanceof PyGenerator && it.cls === T.generator) {
                if (it.finished) {
                  stack.pop();
                  ip = arg;
                  break;
                }
                if (it.running) raise("ValueError", "generator already executing");
                frame.ip = ip;
                this.enterGen(it, None, null, Resume.FOR_ITER, frame);
                it.started = true;
                it.forIterTarget = arg;
                frame = it.frame;
                code = frame.code;
                co = code.code;
                stack = frame.stack;
                ip = frame.ip;
                break;
              }
              frame.ip = ip;
              const v = iterNext(it);
              if (v === undefined) {
                stack.pop();
                ip = arg;
              } else stack.push(v);
              break;
            }
            case 48 /* BUILD_TUPLE */: {
              const items = arg ? stack.splice(stack.length - arg, arg) : [];
              stack.push(new PyTuple(items));
              break;
            }
            case 49 /* BUILD_LIST */: {
              const items = arg ? stack.splice(stack.length - arg, arg) : [];
              hooks.alloc(1);
              stack.push(new PyList(items));
              break;
            }
            case 52 /* LIST_APPEND */: {
              const v = stack.pop()!;
              (stack[stack.length - arg] as PyList).items.push(v);
              break;
            }
            case 60 /* UNPACK_SEQUENCE */: {
              const v = stack.pop()!;
              const items = v instanceof PyTuple || v instanceof PyList ? v.items : this.iterate(v);
              if (items.length !== arg) unpackError(items.length, arg);
              for (let i = arg - 1; i >= 0; i--) stack.push(items[i]!);
              break;
            }
            case 66 /* RETURN_VALUE */:
            case 67 /* YIELD_VALUE */: {
              const value = stack.pop()!;
              const isYield = op === 67 /* YIELD_VALUE */;
              for (;;) {
                frame.ip = ip;
                st.depth--;
                const g = frame.gen;
                if (g === null) {
                  const back = frame.back;
                  if (frame.boundary || back === null) {
                    st.frame = frame;
                    return this.exit(st, n, { k: "return", value });
                  }
                  frame.back = null;
                  // st.frame may still name this frame (a native was called from it): don't reuse it then
                  if (frame.recycle && st.frame !== frame) releaseFrame(frame);
                  frame = back;
                  code = frame.code;
                  co = code.code;
                  stack = frame.stack;
                  ip = frame.ip;
                  stack.push(value);
                  break;
                }
                // generator / coroutine frame
                g.running = false;
                if (!isYield) g.finished = true;
                const back = frame.back;
                frame.back = null;
                if (g.mode === Resume.NATIVE || back === null) {
                  st.frame = frame;
                  return this.exit(st, n, { k: isYield ? "yield" : "return", value });
                }
                frame = back;
                code = frame.code;
                co = code.code;
                stack = frame.stack;
                ip = frame.ip;
                if (g.mode === Resume.FOR_ITER) {
                  if (isYield) stack.push(value);
                  else {
                    stack.pop();
                    ip = g.forIterTarget;
                  }
                  break;
                }
                // YIELD_FROM: a yield propagates further up; a return resumes the delegator
                if (isYield) {
                  // the delegator's saved ip already points at its YIELD_FROM, re-sent on resume
                  continue;
                }
                // the delegator was parked at its YIELD_FROM: continue after it
                ip += 2;
                stack.pop();
                stack.push(value);
                break;
              }
              if (isYield && frame.gen !== null && frame.gen.running === false) {
                /* unreachable: handled above */
              }
              break;
            }
            case 69 /* YIELD_FROM */: {
              const r = this.yieldFrom(st, frame, ip);
              if (r !== null) return this.exit(st, n, r);
              frame = st.frame!;
              code = frame.code;
              co = code.code;
              stack = frame.stack;
              ip = frame.ip;
              break;
            }
            case 74 /* SETUP_FINALLY */:
              (frame.blocks ??= []).push(arg, stack.length);
              break;
            case 75 /* POP_BLOCK */:
              frame.blocks!.pop();
              frame.blocks!.pop();
              break;
            case 76 /* RAISE */: {
              reraise = false;
              if (arg === 0) {
                const cur = this.handledException(frame);
                if (cur === null) raise("RuntimeError", "No active exception to reraise");
                reraise = true;
                throw cur;
              }
              const cause = arg === 2 ? stack.pop()! : undefined;
              const e = this.makeExc(stack.pop()!);
              if (cause !== undefined) {
                e.cause = cause === None ? None : this.makeExc(cause);
                e.suppress = true;
              }
              throw e;
            }
            case 77 /* RERAISE */: {
              reraise = true;
              throw stack.pop()!;
            }
            case 78 /* PUSH_EXC_INFO */: {
              const e = stack.pop()!;
              stack.push(frame.curExc ?? None, e);
              frame.curExc = e;
              break;
            }
            case 79 /* POP_EXCEPT */:
              frame.curExc = stack.pop()!;
              break;
            case 80 /* POP_EXCEPT_AND_RERAISE */: {
              const e = stack.pop()!;
              for (let i = 0; i < arg; i++) stack.pop();
              frame.curExc = stack.pop()!;
              reraise = true;
              throw e;
            }
            case 81 /* JUMP_IF_NOT_EXC_MATCH */: {
              const t = stack.pop()!;
              const e = stack.pop()!;
              if (!this.excMatches(e, t)) ip = arg;
              break;
            }
            case 83 /* BEFORE_WITH */:
            case 84 /* BEFORE_ASYNC_WITH */:
            case 85 /* WITH_EXIT */:
            case 86 /* WITH_EXCEPT_START */:
            case 72 /* GET_ANEXT */: {
              frame.ip = ip;
              st.frame = frame;
              const res = this.protocolCall(st, frame, op, ip);
              if (res === undefined) {
                frame = st.frame!;
                code = frame.code;
                co = code.code;
                stack = frame.stack;
                ip = frame.ip;
                break;
              }
              if (res === SUSPEND) return this.park(st, frame, ip, n, nested);
              stack.push(res);
              break;
            }
            case 73 /* END_ASYNC_FOR */: {
              const e = stack.pop()!;
              if (e instanceof PyExc && e.cls.name === "StopAsyncIteration") {
                stack.pop();
                frame.curExc = frame.curExc === e ? None : frame.curExc;
                break;
              }
              reraise = true;
              throw e;
            }
            case 90 /* IMPORT_NAME */: {
              const fromlist = stack.pop() === 1;
              frame.ip = ip;
              st.frame = frame;
              stack.push(this.host.importModule(code.names[arg]!, fromlist));
              break;
            }
            default: {
              // rarely executed opcodes live in coldOp: a smaller run() compiles faster and deopts less
              const j = this.coldOp(op, arg, frame, stack);
              if (j >= 0) ip = j;
              break;
            }
          }
        }
      } catch (err) {
        const r = this.unwind(st, frame, ip, pc, err, reraise);
        reraise = false;
        if (r !== null) return this.exit(st, n, r);
        frame = st.frame!;
        code = frame.code;
        co = code.code;
        stack = frame.stack;
        ip = frame.ip;
      }
    }
  }

  /** An exception thrown into a frame parked on YIELD_FROM: 2 = it goes on into the sub-generator
   * (now st.frame), 1 = an async generator step takes it (None pushed), 0 = raise it here. */
  throwIntoDelegate(st: ExecState, frame: Frame, ip: number, e: PyExc): number {
    const stack = frame.stack;
    const sub = stack[stack.length - 1];
    if (sub instanceof PyGenerator && !sub.finished) {
      frame.ip = ip;
      this.enterGen(sub, None, e, Resume.YIELD_FROM, frame);
      sub.started = true;
      st.frame = sub.frame;
      return 2;
    }
    if (sub instanceof PyAGenStep && !sub.done) {
      // awaiting an async generator step: the exception goes into the generator's frame when
      // YIELD_FROM re-runs the step
      sub.throwNext = e;
      stack.push(None);
      return 1;
    }
    return 0;
  }

  /** YIELD_FROM (out of run(): generators and awaits are not what CPU-bound loops spend time on).
   * null: continue with st.frame at its ip; otherwise the run ends with this yield. */
  yieldFrom(st: ExecState, frame: Frame, ip: number): RunResult | null {
    const stack = frame.stack;
    const sent = stack.pop()!;
    const sub = stack[stack.length - 1]!;
    if (sub instanceof PyGenerator) {
      if (sub.finished) raise("RuntimeError", sub.isCoroutine ? "cannot reuse already awaited coroutine" : "generator already finished");
      if (sub.running) raise("ValueError", "generator already executing");
      frame.ip = ip - 2; // re-executed on every resume of this frame
      this.enterGen(sub, sent, null, Resume.YIELD_FROM, frame);
      sub.started = true;
      st.frame = sub.frame;
      return null;
    }
    // native awaitable/iterator: ask it for the next step
    const step = this.stepNative(sub, sent);
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

  /** The calls a with statement and async for make (out of run(): rarely hot). Returns what
   * callAny returns: undefined when it pushed a frame. */
  protocolCall(st: ExecState, frame: Frame, op: number, ip: number): PyValue | undefined {
    const stack = frame.stack;
    switch (op) {
      case 83 /* BEFORE_WITH */:
      case 84 /* BEFORE_ASYNC_WITH */: {
        const mgr = stack.pop()!;
        const a = op === 83 /* BEFORE_WITH */;
        const enter = getAttrOpt(mgr, a ? "__enter__" : "__aenter__");
        const exit = getAttrOpt(mgr, a ? "__exit__" : "__aexit__");
        if (enter === undefined || exit === undefined)
          typeError(`'${typeName(mgr)}' object does not support the ${a ? "" : "asynchronous "}context manager protocol`);
        stack.push(exit!);
        return this.callAny(st, frame, ip, enter!, [], null);
      }
      case 85 /* WITH_EXIT */:
        return this.callAny(st, frame, ip, stack.pop()!, [None, None, None], null);
      case 86 /* WITH_EXCEPT_START */: {
        const l = stack.length;
        const e = stack[l - 1]!;
        return this.callAny(st, frame, ip, stack[l - 3]!, [typeOf(e), e, None], null);
      }
      default: {
        // GET_ANEXT
        const v = stack[stack.length - 1]!;
        const f = getAttrOpt(v, "__anext__");
        if (f === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(v)}`);
        const res = this.callAny(st, frame, ip, f!, [], null);
        if (res === undefined || res === SUSPEND) raise("RuntimeError", "unsupported __anext__");
        return res;
      }
    }
  }

  /** CALL_KW and CALL_EX (out of run(): the plain CALL is the hot one). Returns what callAny returns. */
  keywordCall(st: ExecState, frame: Frame, ip: number, op: number, arg: number): PyValue | undefined {
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
      return this.callAny(st, frame, ip, fn, args, kw);
    }
    const kwd = arg & 1 ? (stack.pop() as PyDict) : null;
    const args = (stack.pop() as PyTuple).items;
    const fn = stack.pop()!;
    if (kwd) {
      kw = new Map();
      for (const e of kwd.map.values()) kw.set(e.k as string, e.v);
    }
    return this.callAny(st, frame, ip, fn, args, kw);
  }

  /** Exception unwinding, out of run() because it is rarely hot: finds the handler (null: continue
   * with st.frame at its ip) or ends the run with the exception. */
  unwind(st: ExecState, frame: Frame, ip: number, pc: number, err: unknown, reraise: boolean): RunResult | null {
    const e = this.toPyExc(err);
    if (!reraise) {
      this.addTb(e, frame, pc);
      const ctx = this.handledException(frame);
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
      }
      const back = frame.back;
      frame.back = null;
      if (frame.boundary || back === null || (g !== null && g.mode === Resume.NATIVE)) {
        frame.ip = ip;
        st.frame = frame;
        if (g !== null && e.cls.name === "StopIteration") {
          const re = newExc("RuntimeError", "generator raised StopIteration");
          re.cause = e;
          re.tb = e.tb;
          return { k: "exception", exc: re };
        }
        return { k: "exception", exc: e };
      }
      frame = back;
      ip = frame.ip;
      this.addTb(e, frame, g !== null && g.mode === Resume.YIELD_FROM ? ip : ip - 2);
      if (g !== null && g.mode === Resume.FOR_ITER) frame.stack.pop();
    }
  }

  preempt(st: ExecState, frame: Frame, ip: number, n: number): RunResult {
    frame.ip = ip;
    st.frame = frame;
    return this.exit(st, n, { k: "preempted" });
  }

  /** Opcodes that never switch frames or jump (except EG match); returns the new ip or -1. */
  coldOp(op: number, arg: number, frame: Frame, stack: PyValue[]): number {
    const code = frame.code;
    switch (op) {
      case 3 /* DUP_TOP_TWO */: {
        const l = stack.length;
        stack.push(stack[l - 2]!, stack[l - 1]!);
        break;
      }
      case 5 /* ROT_THREE */: {
        const l = stack.length;
        const t = stack[l - 1]!;
        stack[l - 1] = stack[l - 2]!;
        stack[l - 2] = stack[l - 3]!;
        stack[l - 3] = t;
        break;
      }
      case 10 /* DELETE_FAST */:
        if (frame.fast[arg] === undefined) raise("UnboundLocalError", `cannot access local variable '${code.varnames[arg]}' where it is not associated with a value`);
        frame.fast[arg] = undefined;
        break;
      case 15 /* LOAD_CLASSDEREF */: {
        const nm = arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
        let v = frame.names!.get(nm);
        if (v === undefined) v = frame.cells![arg]!.v;
        if (v === undefined) derefError(code, arg);
        stack.push(v!);
        break;
      }
      case 13 /* DELETE_DEREF */:
        frame.cells![arg]!.v = undefined;
        break;
      case 14 /* LOAD_CLOSURE */:
        stack.push(frame.cells![arg] as unknown as PyValue);
        break;
      case 18 /* DELETE_GLOBAL */:
        if (!frame.globals.delete(code.names[arg]!)) this.nameError(code.names[arg]!, frame);
        break;
      case 21 /* DELETE_NAME */:
        if (!frame.names!.delete(code.names[arg]!)) this.nameError(code.names[arg]!, frame);
        break;
      case 24 /* DELETE_ATTR */:
        delAttr(stack.pop()!, code.names[arg]!);
        break;
      case 29 /* DELETE_SUBSCR */: {
        const key = stack.pop()!;
        delItem(stack.pop()!, key);
        break;
      }
      case 30 /* BUILD_SLICE */: {
        const step = arg === 3 ? stack.pop()! : None;
        const stop = stack.pop()!;
        const start = stack.pop()!;
        stack.push(new PySlice(start, stop, step));
        break;
      }
      case 33 /* UNARY_NEG */: {
        const l = stack.length - 1;
        stack[l] = unaryNeg(stack[l]!);
        break;
      }
      case 34 /* UNARY_POS */: {
        const l = stack.length - 1;
        stack[l] = unaryPos(stack[l]!);
        break;
      }
      case 35 /* UNARY_INVERT */: {
        const l = stack.length - 1;
        stack[l] = unaryInvert(stack[l]!);
        break;
      }
      case 50 /* BUILD_SET */: {
        const s = new PySet();
        const items = arg ? stack.splice(stack.length - arg, arg) : [];
        for (const x of items) s.map.set(hashKey(x), x);
        stack.push(s);
        break;
      }
      case 51 /* BUILD_MAP */: {
        const d = new PyDict();
        hooks.alloc(1);
        const items = arg ? stack.splice(stack.length - 2 * arg, 2 * arg) : [];
        for (let i = 0; i < items.length; i += 2) dictSet(d, items[i]!, items[i + 1]!);
        stack.push(d);
        break;
      }
      case 53 /* SET_ADD */: {
        const v = stack.pop()!;
        (stack[stack.length - arg] as PySet).map.set(hashKey(v), v);
        break;
      }
      case 54 /* MAP_ADD */: {
        const v = stack.pop()!;
        const k = stack.pop()!;
        dictSet(stack[stack.length - arg] as PyDict, k, v);
        break;
      }
      case 55 /* LIST_EXTEND */: {
        const v = stack.pop()!;
        const target = stack[stack.length - arg] as PyList;
        if (!(v instanceof PyList || v instanceof PyTuple) && getAttrOpt(v, "__iter__") === undefined && typeof v !== "string" && !(v instanceof PyIter) && !(v instanceof PyGenerator))
          typeError(`Value after * must be an iterable, not ${typeName(v)}`);
        for (const x of this.iterate(v)) target.items.push(x);
        break;
      }
      case 56 /* SET_UPDATE */: {
        const v = stack.pop()!;
        const target = stack[stack.length - arg] as PySet;
        for (const x of this.iterate(v)) target.map.set(hashKey(x), x);
        break;
      }
      case 57 /* DICT_UPDATE */:
      case 58 /* DICT_MERGE */: {
        const v = stack.pop()!;
        const target = stack[stack.length - arg] as PyDict;
        if (v instanceof PyDict) {
          for (const e of v.map.values()) {
            if (op === 58 /* DICT_MERGE */ && target.map.has(hashKey(e.k))) typeError(`got multiple values for keyword argument '${str(e.k)}'`);
            dictSet(target, e.k, e.v);
          }
        } else {
          const keys = callValue(getAttr(v, "keys"), [], null);
          for (const k of this.iterate(keys)) dictSet(target, k, getItem(v, k));
        }
        break;
      }
      case 59 /* LIST_TO_TUPLE */: {
        const l = stack.length - 1;
        stack[l] = new PyTuple((stack[l] as PyList).items);
        break;
      }
      case 61 /* UNPACK_EX */: {
        const before = arg & 0xff;
        const after = arg >> 8;
        const items = this.iterate(stack.pop()!);
        if (items.length < before + after) raise("ValueError", `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
        const mid = items.slice(before, items.length - after);
        for (let i = items.length - 1; i >= items.length - after; i--) stack.push(items[i]!);
        stack.push(new PyList(mid));
        for (let i = before - 1; i >= 0; i--) stack.push(items[i]!);
        break;
      }
      case 65 /* MAKE_FUNCTION */: {
        const child = code.children[arg >> 4]!;
        const fl = arg & 15;
        const closure = fl & 8 ? ((stack.pop() as PyTuple).items as unknown as PyCell[]) : null;
        let kwd: Map<string, PyValue> | null = null;
        if (fl & 2) {
          kwd = new Map();
          for (const e of (stack.pop() as PyDict).map.values()) kwd.set(e.k as string, e.v);
        }
        const defaults = fl & 1 ? (stack.pop() as PyTuple).items : [];
        const fn = new PyFunction(child, frame.globals, defaults, kwd, closure, child.name);
        const modName = frame.globals.get("__name__");
        if (typeof modName === "string") fn.module = modName;
        stack.push(fn);
        break;
      }
      case 68 /* GET_YIELD_FROM_ITER */: {
        const l = stack.length - 1;
        const v = stack[l]!;
        if (!(v instanceof PyGenerator && v.cls !== T.async_generator)) stack[l] = getIter(v);
        break;
      }
      case 70 /* GET_AWAITABLE */: {
        const l = stack.length - 1;
        stack[l] = this.getAwaitable(stack[l]!);
        break;
      }
      case 82 /* JUMP_IF_NOT_EG_MATCH */: {
        const t = stack.pop()!;
        const eg = stack.pop()!;
        const r = this.splitGroup(eg, t);
        if (r === null) {
          stack.push(eg);
          return arg;
        }
        stack.push(r[1], r[0]);
        break;
      }
      case 71 /* GET_AITER */: {
        const l = stack.length - 1;
        const v = stack[l]!;
        const f = getAttrOpt(v, "__aiter__");
        if (f === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
        stack[l] = callValue(f!, [], null);
        break;
      }
      case 87 /* FORMAT_VALUE */: {
        const spec = arg & 4 ? (stack.pop() as string) : "";
        const l = stack.length - 1;
        let v = stack[l]!;
        const conv = arg & 3;
        if (conv === 1) v = str(v);
        else if (conv === 2) v = repr(v);
        else if (conv === 3) v = asciiRepr(repr(v));
        stack[l] = spec === "" && typeof v === "string" ? v : formatValue(v, spec);
        break;
      }
      case 88 /* BUILD_STRING */: {
        const parts = stack.splice(stack.length - arg, arg) as string[];
        stack.push(parts.join(""));
        break;
      }
      case 89 /* LOAD_BUILD_CLASS */:
        stack.push(this.builtins.get("__build_class__")!);
        break;
      case 91 /* IMPORT_FROM */: {
        const mod = stack[stack.length - 1]!;
        const nm = code.names[arg]!;
        const v = getAttrOpt(mod, nm);
        if (v === undefined) {
          const mn = getAttrOpt(mod, "__name__");
          raise("ImportError", `cannot import name '${nm}' from '${String(mn)}' (unknown location)`);
        }
        stack.push(v!);
        break;
      }
      case 92 /* IMPORT_STAR */: {
        const mod = stack.pop() as PyObj & { dict?: Map<string, PyValue> };
        const target = frame.names ?? frame.globals;
        if (mod.dict) for (const [k, v] of mod.dict) if (!k.startsWith("_")) target.set(k, v);
        break;
      }
      case 93 /* LOAD_ASSERTION_ERROR */:
        stack.push(this.builtins.get("AssertionError")!);
        break;
      case 96 /* MATCH_SEQUENCE */: {
        const l = stack.length - 1;
        const v = stack[l]!;
        const minLen = arg & 0xffff;
        const star = arg >> 16;
        if ((v instanceof PyList || v instanceof PyTuple) && (star ? v.items.length >= minLen : v.items.length === minLen)) stack[l] = new PyList(v.items.slice());
        else stack[l] = None;
        break;
      }
      case 97 /* MATCH_MAPPING */: {
        if (arg === 1) {
          const keys = (stack.pop() as PyTuple).items;
          const d = stack.pop() as PyDict;
          const r = new PyDict();
          const skip = new Set(keys.map(hashKey));
          for (const [k, e] of d.map) if (!skip.has(k)) r.map.set(k, { k: e.k, v: e.v });
          stack.push(r);
          break;
        }
        const v = stack.pop()!;
        stack.push(v instanceof PyDict);
        break;
      }
      case 95 /* MATCH_CLASS */: {
        const names = (stack.pop() as PyTuple).items as string[];
        const cls = stack.pop()!;
        const subj = stack.pop()!;
        if (!(cls instanceof PyType)) typeError("called match pattern must be a class");
        if (!isInstance(subj, cls as PyType)) {
          stack.push(None);
          break;
        }
        const out: PyValue[] = [];
        if (arg > 0) {
          const t = cls as PyType;
          const selfMatch = [T.int, T.str, T.float, T.bool, T.list, T.tuple, T.dict, T.set].includes(t);
          if (selfMatch && arg === 1) out.push(subj);
          else {
            const ma = getAttrOpt(t, "__match_args__");
            const fields = ma ? iterToArray(ma) : [];
            if (arg > fields.length) typeError(`${t.name}() accepts ${fields.length} positional sub-patterns (${arg} given)`);
            let ok = true;
            for (let i = 0; i < arg; i++) {
              const v = getAttrOpt(subj, fields[i] as string);
              if (v === undefined) ok = false;
              else out.push(v);
            }
            if (!ok) {
              stack.push(None);
              break;
            }
          }
        }
        let ok = true;
        for (const nm of names) {
          const v = getAttrOpt(subj, nm);
          if (v === undefined) ok = false;
          else out.push(v);
        }
        stack.push(ok ? new PyTuple(out) : None);
        break;
      }
      default:
        throw new Error(`unknown opcode ${op}`);
    }
    return -1;
  }

  exit(st: ExecState, n: number, r: RunResult): RunResult {
    st.executed += n;
    this.totalExecuted += n;
    return r;
  }

  park(st: ExecState, frame: Frame, ip: number, n: number, nested: boolean): RunResult {
    if (nested) throw new HaltError("unsupported", "a blocking call inside a callback invoked from native code is not supported");
    frame.ip = ip;
    st.frame = frame;
    return this.exit(st, n, { k: "parked" });
  }

  recursionError(st: ExecState): never {
    return raise("RecursionError", "maximum recursion depth exceeded");
  }

  nameError(nm: string, frame: Frame): never {
    const e = newExc("NameError", `name '${nm}' is not defined`);
    const hint = this.suggestName(nm, frame);
    if (hint) e.args = [`name '${nm}' is not defined. Did you mean: '${hint}'?`];
    (e as PyExc & { nameHint?: string }).nameHint = hint ?? undefined;
    throw e;
  }

  suggestName(nm: string, frame: Frame): string | null {
    const cands = new Set<string>([...frame.code.varnames, ...frame.globals.keys(), ...this.builtins.keys()]);
    if (frame.names) for (const k of frame.names.keys()) cands.add(k);
    let best: string | null = null;
    let bestD = Infinity;
    for (const c of cands) {
      if (c === nm || c.startsWith("$")) continue;
      const d = levenshtein(nm, c);
      const maxD = Math.floor((nm.length + c.length + 3) / 6);
      if (d <= maxD && d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best;
  }

  compare(arg: number, a: PyValue, b: PyValue): PyValue {
    switch (arg) {
      case 2:
        return pyEq(a, b);
      case 3:
        return !pyEq(a, b);
      default:
        return pyCompare(CMP[arg] as "<" | "<=" | ">" | ">=", a, b);
    }
  }

  /** Call any callable from the dispatch loop. Returns undefined if a new frame was pushed. */
  /** Python versions of list()/tuple() used when the argument is a generator, so that a
   * blocking call inside the generator (e.g. Executor.map results) parks the thread instead of
   * hitting a nested run. */
  genConsumers: Map<PyValue, PyFunction> = new Map();

  callAny(st: ExecState, frame: Frame, ip: number, fn: PyValue, args: PyValue[], kw: Kw): PyValue | undefined {
    frame.ip = ip;
    st.frame = frame;
    if (kw === null && args.length === 1 && args[0] instanceof PyGenerator && args[0].cls === T.generator) {
      const alt = this.genConsumers.get(fn);
      if (alt !== undefined) fn = alt;
    }
    if (fn instanceof PyMethod) {
      args = [fn.self, ...args];
      fn = fn.func;
    }
    if (fn instanceof PyFunction) {
      const f = this.callFrame(fn, args, 0, args.length, kw);
      if (f instanceof PyGenerator) return f;
      f.back = frame;
      if (++st.depth > this.recursionLimit) this.recursionError(st);
      st.frame = f;
      return undefined;
    }
    if (fn instanceof PyBuiltin) return fn.self !== null ? fn.fn([fn.self, ...args], kw) : fn.fn(args, kw);
    if (fn instanceof PyType) {
      // fast path: plain classes whose __init__ is Python code run __init__ as a frame
      const newFn = lookupType(fn, "__new__");
      const init = lookupType(fn, "__init__");
      if (newFn === undefined && init instanceof PyFunction && fn.layout === "object") {
        const obj = allocInstance(fn);
        const f = this.callFrame(init, [obj, ...args], 0, args.length + 1, kw);
        if (f instanceof PyGenerator) typeError("__init__() should return None, not 'generator'");
        const fr = f as Frame;
        fr.back = frame;
        if (++st.depth > this.recursionLimit) this.recursionError(st);
        // the caller receives the instance, not __init__'s return value
        const shim = new Frame(INIT_SHIM, frame.globals, null);
        shim.stack.push(obj);
        shim.back = frame;
        fr.back = shim;
        st.depth++;
        st.frame = fr;
        return undefined;
      }
    } else if (fn instanceof PyObj && !(fn instanceof PyBuiltin)) {
      // instances with a Python __call__ (e.g. functools.partial) run as a frame, so a blocking
      // call inside them parks the thread instead of needing a nested run
      const call = lookupType(typeOf(fn), "__call__");
      if (call instanceof PyFunction) return this.callAny(st, frame, ip, call, [fn, ...args], kw);
    }
    return callValue(fn, args, kw);
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

  getAwaitable(v: PyValue): PyValue {
    if (v instanceof PyGenerator) {
      if (!v.isCoroutine) typeError(`object ${typeName(v)} can't be used in 'await' expression`);
      return v;
    }
    const f = getAttrOpt(v, "__await__");
    if (f === undefined) typeError(`object ${typeName(v)} can't be used in 'await' expression`);
    return callValue(f!, [], null);
  }

  /** Advance a non-generator iterator used by YIELD_FROM (e.g. a Future's __await__). */
  stepNative(sub: PyValue, sent: PyValue): { done: boolean; value: PyValue } {
    const step = (sub as PyObj & { awaitStep?: (sent: PyValue) => { done: boolean; value: PyValue } }).awaitStep;
    if (step) return step.call(sub, sent);
    const v = iterNext(sub);
    if (v === undefined) return { done: true, value: None };
    return { done: false, value: v };
  }

  makeExc(v: PyValue): PyExc {
    if (v instanceof PyExc) return v;
    if (v instanceof PyType && isSubtype(v, T.BaseException)) {
      const e = callValue(v, [], null);
      if (e instanceof PyExc) return e;
    }
    return typeError("exceptions must derive from BaseException");
  }

  excMatches(e: PyValue, t: PyValue): boolean {
    if (t instanceof PyTuple) return t.items.some((x) => this.excMatches(e, x));
    if (!(t instanceof PyType) || !isSubtype(t, T.BaseException)) typeError("catching classes that do not inherit from BaseException is not allowed");
    return isSubtype(typeOf(e), t as PyType);
  }

  /** except*: split an exception group into [match, rest] or null if nothing matches. */
  splitGroup(eg: PyValue, t: PyValue): [PyValue, PyValue] | null {
    if (eg === None) return null;
    const isGroup = (x: PyValue): x is PyExc => x instanceof PyExc && x.attrs !== null && x.attrs.has("exceptions");
    if (!isGroup(eg)) {
      if (this.excMatches(eg, t)) {
        const g = callValue(this.builtins.get("ExceptionGroup")!, ["", new PyList([eg])], null);
        return [g, None];
      }
      return null;
    }
    const excs = (eg.attrs!.get("exceptions") as PyTuple).items;
    const match: PyValue[] = [];
    const rest: PyValue[] = [];
    for (const x of excs) {
      if (isGroup(x)) {
        const r = this.splitGroup(x, t);
        if (r === null) rest.push(x);
        else {
          match.push(r[0]);
          if (r[1] !== None) rest.push(r[1]);
        }
      } else if (this.excMatches(x, t)) match.push(x);
      else rest.push(x);
    }
    if (match.length === 0) return null;
    const derive = (items: PyValue[]): PyValue => {
      const g = callValue(typeOf(eg), [eg.args[0] ?? "", new PyList(items)], null) as PyExc;
      g.tb = eg.tb;
      g.context = eg.context;
      g.cause = eg.cause;
      return g;
    };
    return [derive(match), rest.length ? derive(rest) : None];
  }
}

/** Reset a returned fast-path frame and keep it for the next call of the same function. */
function releaseFrame(f: Frame): void {
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

/** A tiny code object that returns the instance it holds: the frame below a Python __init__. */
const INIT_SHIM: Code = {
  name: "<init>",
  qualname: "<init>",
  filename: "<init>",
  code: Int32Array.from([1 /* POP_TOP */, 0, 66 /* RETURN_VALUE */, 0]),
  consts: [],
  names: [],
  globalCache: [],
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

function derefError(code: Code, arg: number): never {
  const nm = arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
  if (arg < code.cellvars.length) raise("UnboundLocalError", `cannot access local variable '${nm}' where it is not associated with a value`);
  return raise("NameError", `cannot access free variable '${nm}' where it is not associated with a value in enclosing scope`);
}

function unpackError(got: number, expected: number): never {
  if (got > expected) raise("ValueError", `too many values to unpack (expected ${expected})`);
  return raise("ValueError", `not enough values to unpack (expected ${expected}, got ${got})`);
}

function asciiRepr(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 65536) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

function levenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, i) => i * 2);
  for (let i = 1; i <= m; i++) {
    const cur = [i * 2];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 1 : 2;
      cur.push(Math.min(prev[j]! + 2, cur[j - 1]! + 2, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[n]! / 2;
}
export { BINOPS, PyStaticMethod, PyClassMethod };
