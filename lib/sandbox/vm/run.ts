// The bytecode interpreter's dispatch loop: one switch over the heap frames of a thread.
// Python→Python calls push a frame instead of recursing in JS, so the loop can stop at any
// instruction (preempted, parked on a blocking call) and resume later from the frame alone.
//
// Opcodes are literals with their names in comments (`case 8 /* LOAD_FAST */:`): see
// compile/opcodes.ts for why, and tests/opcodes.test.ts for the check that keeps them right.
// Only the common opcodes are here; coldOp (cold-ops.ts) runs the rest.
import { CMPOPS } from "../compile/opcodes";
import { binaryOp, inplaceOp } from "../runtime/arith";
import { getAttr } from "../runtime/attrs";
import { truthy } from "../runtime/coerce";
import { pyCompare, pyEqOp, pyNeOp } from "../runtime/compare";
import { contains } from "../runtime/containers";
import { hooks } from "../runtime/ctx";
import { raise } from "../runtime/errors";
import { getIter, iterStep } from "../runtime/iter";
import { intAdd, intSub } from "../runtime/num";
import { getItem, setItem } from "../runtime/subscript";
import { typeEpoch } from "../runtime/types";
import {
  type GlobalCacheEntry,
  GlobalsMap,
  None,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyIter,
  PyList,
  PyListIter,
  PyObj,
  PyRangeIter,
  PyTuple,
  PyType,
  type PyValue,
  T,
  theEmptyTuple,
} from "../runtime/value";
import { setupCells } from "./bind";
import { INIT_SHIM, callAny, enterPlainInit, keywordCall, newFrame, protocolCall, recursionError, releaseFrame } from "./calls";
import { loadAttrSlow, methodLookup, storeAttrSlow } from "./attr-cache";
import { coldOp } from "./cold-ops";
import { type ExecState, Frame, PyGenerator, Resume, type RunResult } from "./frame";
import type { Interp } from "./interp";
import { derefError, nameError, unpackError } from "./name-errors";
import { FRAME_PUSHED, HaltError, NESTED_CHECK_EVERY, SUSPEND } from "./signals";
import { NativeSuspend, R } from "../runtime/replay";
import { finishNative, type NativeSite, suspendAt, takeCont } from "./native-replay";
import { Thrown, addTb, excMatches, handledException, makeExc, throwIntoDelegate, unwind } from "./unwind";
import { yieldFrom } from "./yield-from";
import { drainsThroughPython } from "./drain";

const NULL = null as unknown as PyValue;

export function run(vm: Interp, st: ExecState, limit: number): RunResult {
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
  let op = 0;
  let retValue: PyValue = None;
  const nested = st.nested > 0;
  // A nested run (a native calling back into Python) starts inside an instruction of the run
  // below it, which published its count first: fold that count into `executed` while this run
  // goes on, so a clock read in here sees it; endRun gives it back (see ExecState.inflight).
  const outer = st.inflight;
  st.executed += outer;
  st.inflight = 0;
  // Every preemption and every park leaves through one of the two exits below: one call site
  // each, whose type feedback the first slice collects, where a return per opcode would be a
  // call V8 has never seen run, and deoptimises run() for, the first time each one is taken.
  parked: {
    preempted: {
      loop: for (;;) {
        try {
          if (st.replayPending !== null) {
            // a native's callback finished (its frame returned or raised): run the native again
            // against its log and deliver its result to the frame it was called from
            const p = st.replayPending;
            st.replayPending = null;
            frame = p.c.outer;
            code = frame.code;
            co = code.code;
            stack = frame.stack;
            ip = frame.ip;
            pc = ip - 2;
            st.frame = frame;
            st.inflight = n;
            ip = finishNative(p, stack, ip);
          }
          if (pending !== null) {
            const e = pending;
            pending = null;
            reraise = true;
            pc = ip - 2 < 0 ? 0 : ip - 2;
            // throwing into a delegating frame forwards the exception to the sub-iterator
            const delegating = co[ip] === 69; /* YIELD_FROM */
            if (delegating && frame.gen !== null) {
              const k = throwIntoDelegate(vm, st, frame, ip, e);
              if (k === Thrown.INTO_SUBGENERATOR) {
                frame = st.frame!;
                code = frame.code;
                co = code.code;
                stack = frame.stack;
                ip = frame.ip;
                pending = e;
                continue;
              }
              if (k === Thrown.INTO_ASYNC_GEN_STEP) {
                reraise = false;
                continue;
              }
            }
            // gen.throw() and a blocking call woken with an error raise in this frame: CPython's
            // traceback gains the frame (at its await/call) but, unlike a new raise, no __context__
            if (delegating) pc = ip;
            addTb(e, frame, pc);
            throw e;
          }
          // a return, or an instruction fused with the return after it, leaves this loop through
          // `break ret` with the value in `retValue`, to the return below it
          ret: for (;;) {
            pc = ip;
            op = co[ip]!;
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
                // LOAD_CONST; RETURN_VALUE (`return None` ending a function): the return in this
                // dispatch, still counted
                if (co[ip] === 66 /* RETURN_VALUE */) {
                  ip += 2;
                  n++;
                  retValue = code.consts[arg]!;
                  break ret;
                }
                stack.push(code.consts[arg]!);
                break;
              case 8 /* LOAD_FAST */: {
                const v = frame.fast[arg];
                if (v === undefined) raise("UnboundLocalError", `cannot access local variable '${code.varnames[arg]}' where it is not associated with a value`);
                // LOAD_FAST; LOAD_CONST (`n - 1`, `i < 10`): run the constant load here and save a
                // dispatch. It still counts as an instruction, and it can neither raise nor switch.
                if (co[ip] === 7 /* LOAD_CONST */) {
                  const c = code.consts[co[ip + 1]!]!;
                  ip += 2;
                  n++;
                  if (typeof v === "number" && typeof c === "number") {
                    // and an int operation or comparison after them, where it cannot raise or leave
                    // the safe-integer range (`n - 1`, `i % 500`, `n < 2` with its jump): each fused
                    // instruction still counts, and none of them is a switch point
                    const next = co[ip];
                    if (next === 31 /* BINARY_OP */ || next === 32 /* INPLACE_OP */) {
                      let r = NaN;
                      switch (co[ip + 1]) {
                        case 0:
                          r = v + c;
                          break;
                        case 1:
                          r = v - c;
                          break;
                        case 2:
                          r = v * c + 0;
                          break;
                        case 4:
                          if (c > 0 && v >= 0) r = Math.floor(v / c);
                          break;
                        case 5:
                          if (c > 0 && v >= 0) r = v % c;
                          break;
                      }
                      if (r <= 9007199254740991 && r >= -9007199254740991) {
                        stack.push(r);
                        ip += 2;
                        n++;
                        break;
                      }
                    } else if (next === 37 /* COMPARE_OP */) {
                      const k = co[ip + 1];
                      const r = k === 0 ? v < c : k === 1 ? v <= c : k === 2 ? v === c : k === 3 ? v !== c : k === 4 ? v > c : v >= c;
                      ip += 2;
                      n++;
                      const j = co[ip];
                      if (j === 42 /* POP_JUMP_IF_FALSE */ || j === 43 /* POP_JUMP_IF_TRUE */) {
                        n++;
                        ip = r === (j === 43) ? co[ip + 1]! : ip + 2;
                        break;
                      }
                      stack.push(r);
                      break;
                    }
                  }
                  stack.push(v, c);
                  break;
                }
                const next = co[ip];
                // LOAD_FAST; LOAD_ATTR or LOAD_FAST; STORE_ATTR on an instance whose attribute cache
                // hits (`self.x`, `self.x = x`): both in one dispatch. On a miss the next dispatch
                // runs the attribute instruction as usual; a hit neither raises nor leaves the loop.
                if ((next === 22 /* LOAD_ATTR */ || next === 23) /* STORE_ATTR */ && v instanceof PyObj && v.attrs !== null) {
                  const a = co[ip + 1]!;
                  if (next === 22 /* LOAD_ATTR */) {
                    const ce = code.attrCache[a * 3]!;
                    if (ce.cls === v.cls && ce.epoch === typeEpoch()) {
                      const x = v.attrs.get(code.names[a]!);
                      if (x !== undefined) {
                        ip += 2;
                        n++;
                        stack.push(x);
                        break;
                      }
                    }
                  } else {
                    const ce = code.attrCache[a * 3 + 1]!;
                    if (ce.cls === v.cls && ce.epoch === typeEpoch()) {
                      ip += 2;
                      n++;
                      v.attrs.set(code.names[a]!, stack.pop()!);
                      break;
                    }
                  }
                }
                // LOAD_FAST; RETURN_VALUE, and LOAD_FAST; JUMP to a RETURN_VALUE: the return in this
                // dispatch, each instruction still counted
                if (next === 66 /* RETURN_VALUE */) {
                  ip += 2;
                  n++;
                  retValue = v;
                  break ret;
                }
                if (next === 40 /* JUMP */ && co[co[ip + 1]!] === 66 /* RETURN_VALUE */) {
                  ip = co[ip + 1]! + 2;
                  n += 2;
                  retValue = v;
                  break ret;
                }
                stack.push(v);
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
                // inline cache: the name's cell (runtime/globals-map.ts)
                const ce = code.globalCache[arg]!;
                if (ce.map === frame.globals && (ce.keys === -1 || ce.keys === GlobalsMap.keysEpoch)) {
                  const v = ce.cell!.v;
                  if (v !== undefined) {
                    stack.push(v);
                    // LOAD_GLOBAL; LOAD_FAST; LOAD_CONST; BINARY_OP + or - on ints in the safe range
                    // (`f(n - 1)`): all four in this dispatch, each counted; none raises or switches
                    if (co[ip] === 8 /* LOAD_FAST */ && co[ip + 2] === 7 /* LOAD_CONST */ && co[ip + 4] === 31 /* BINARY_OP */) {
                      const x = frame.fast[co[ip + 1]!];
                      const c = code.consts[co[ip + 3]!];
                      const k = co[ip + 5];
                      if (typeof x === "number" && typeof c === "number" && (k === 0 || k === 1)) {
                        const r = k === 0 ? x + c : x - c;
                        if (r <= 9007199254740991 && r >= -9007199254740991) {
                          // and a CALL 1 after them of a plain one-parameter function (`fib(n - 1)`):
                          // its frame is pushed here, with the CALL's preemption check
                          if (co[ip + 6] === 62 /* CALL */ && co[ip + 7] === 1 && v instanceof PyFunction && v.plainArgc === 1 && !v.hasCells && st.depth < vm.recursionLimit) {
                            stack.pop();
                            const f = newFrame(v);
                            f.fast[0] = r;
                            frame.ip = ip + 8;
                            f.back = frame;
                            st.depth++;
                            n += 4;
                            frame = f;
                            code = f.code;
                            co = code.code;
                            stack = f.stack;
                            ip = 0;
                            if (n >= limit && !nested) break preempted;
                            break;
                          }
                          stack.push(r);
                          ip += 6;
                          n += 3;
                        }
                      }
                    }
                    break;
                  }
                }
                stack.push(loadGlobal(vm, frame, frame.globals, code.names[arg]!, ce));
                break;
              }
              case 17 /* STORE_GLOBAL */: {
                const ce = code.globalCache[arg]!;
                if (ce.map === frame.globals && ce.keys === -1 && ce.cell!.v !== undefined) ce.cell!.v = stack.pop()!;
                else storeGlobal(frame.globals, code.names[arg]!, stack.pop()!, ce);
                break;
              }
              case 19 /* LOAD_NAME */: {
                const names = frame.names!;
                // module code, whose names are its globals: LOAD_GLOBAL's cache and lookup
                if (names === frame.globals) {
                  const ce = code.globalCache[arg]!;
                  if (ce.map === names && (ce.keys === -1 || ce.keys === GlobalsMap.keysEpoch)) {
                    const v = ce.cell!.v;
                    if (v !== undefined) {
                      stack.push(v);
                      break;
                    }
                  }
                  stack.push(loadGlobal(vm, frame, names, code.names[arg]!, ce));
                  break;
                }
                const nm = code.names[arg]!;
                let v = names.get(nm);
                if (v === undefined) v = frame.globals.get(nm);
                if (v === undefined) v = vm.builtins.get(nm);
                if (v === undefined) nameError(vm, nm, frame);
                stack.push(v!);
                break;
              }
              case 20 /* STORE_NAME */: {
                const names = frame.names!;
                const ce = code.globalCache[arg]!;
                if (ce.map === names && ce.keys === -1 && ce.cell!.v !== undefined) ce.cell!.v = stack.pop()!;
                else if (names === frame.globals) storeGlobal(names, code.names[arg]!, stack.pop()!, ce);
                else names.set(code.names[arg]!, stack.pop()!);
                break;
              }
              case 22 /* LOAD_ATTR */: {
                const l = stack.length - 1;
                const obj = stack[l]!;
                const ce = code.attrCache[arg * 3]!;
                // cached: instances of this class read the name from their own map (vm/attr-cache.ts)
                if (obj instanceof PyObj && ce.cls === obj.cls && ce.epoch === typeEpoch() && obj.attrs !== null) {
                  const v = obj.attrs.get(code.names[arg]!);
                  if (v !== undefined) {
                    stack[l] = v;
                    break;
                  }
                }
                // before anything outside the loop runs (here a property or __getattr__ may), publish
                // this run's instruction count: a clock read out there must see it (ExecState.inflight)
                st.inflight = n;
                stack[l] = loadAttrSlow(obj, code.names[arg]!, ce);
                break;
              }
              case 23 /* STORE_ATTR */: {
                const obj = stack.pop()!;
                const v = stack.pop()!;
                const ce = code.attrCache[arg * 3 + 1]!;
                if (obj instanceof PyObj && ce.cls === obj.cls && ce.epoch === typeEpoch() && obj.attrs !== null) {
                  obj.attrs.set(code.names[arg]!, v);
                  break;
                }
                st.inflight = n;
                storeAttrSlow(obj, code.names[arg]!, v, ce);
                break;
              }
              case 25 /* LOAD_METHOD */: {
                const obj = stack.pop()!;
                const nm = code.names[arg]!;
                const ce = code.attrCache[arg * 3 + 2]!;
                if (obj instanceof PyObj) {
                  // a hit needs no more checks: methodLookup never fills the slot for a class, a
                  // module or a super object (their classes are a metaclass, module and super)
                  const attr =
                    ce.cls === obj.cls && ce.epoch === typeEpoch()
                      ? ce.value
                      : !(obj instanceof PyType) && obj.cls !== T.module && obj.cls !== T.super
                        ? methodLookup(obj.cls, nm, ce)
                        : undefined;
                  if (attr !== undefined && (obj.attrs === null || !obj.attrs.has(nm))) {
                    stack.push(attr, obj);
                    break;
                  }
                } else if (typeof obj === "string" || typeof obj === "number") {
                  const t = typeof obj === "string" ? T.str : T.int;
                  const attr = ce.cls === t && ce.epoch === typeEpoch() ? ce.value : methodLookup(t, nm, ce);
                  if (attr instanceof PyBuiltin) {
                    stack.push(attr, obj);
                    break;
                  }
                }
                st.inflight = n;
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
                    if (fn.plainArgc === arg + 1) {
                      // exact positional call: pop self + args straight into the new frame's locals
                      f = newFrame(fn);
                      const fast = f.fast;
                      for (let i = arg; i >= 0; i--) fast[i] = stack.pop()!;
                      stack.pop();
                      if (fn.hasCells) setupCells(f, fn);
                    } else {
                      const g = vm.callFrame(fn, stack, base + 1, arg + 1, null);
                      // pop() loop: assigning .length is a slow runtime call in V8
                      while (stack.length > base) stack.pop();
                      if (g instanceof PyGenerator) {
                        stack.push(g);
                        break;
                      }
                      f = g;
                    }
                    f.back = frame;
                    if (++st.depth > vm.recursionLimit) recursionError();
                    frame = f;
                    code = f.code;
                    co = code.code;
                    stack = f.stack;
                    ip = 0;
                    if (n >= limit && !nested) break preempted;
                    break;
                  }
                  // the operands stay on the stack while the native runs, so it can be run again if a
                  // Python callback inside it blocks (vm/native-replay.ts); its steps are logged
                  const b = fn as PyBuiltin;
                  frame.ip = ip;
                  st.frame = frame;
                  st.inflight = n;
                  R.on = true;
                  R.steps = null;
                  R.at = 0;
                  const r =
                    b.fast !== null && ((b.fastArity >> arg) & 1) !== 0
                      ? b.fast(self!, arg > 0 ? stack[base + 2] : undefined, arg > 1 ? stack[base + 3] : undefined)
                      : b.fn(stack.slice(base + 1), null);
                  R.on = false;
                  while (stack.length > base) stack.pop();
                  if (r === SUSPEND) break parked;
                  stack.push(r);
                  break;
                }
                // plain callable in the method slot
                const args = stack.slice(base + 2);
                while (stack.length > base) stack.pop();
                st.inflight = n;
                const res = callAny(vm, st, frame, ip, fn, args, null);
                if (res === FRAME_PUSHED) {
                  frame = st.frame!;
                  code = frame.code;
                  co = code.code;
                  stack = frame.stack;
                  ip = frame.ip;
                  if (n >= limit && !nested) break preempted;
                  break;
                }
                if (res === SUSPEND) break parked;
                stack.push(res);
                break;
              }
              case 62 /* CALL */:
              case 63 /* CALL_KW */:
              case 64 /* CALL_EX */: {
                let res: PyValue;
                if (op === 62 /* CALL */) {
                  const base = stack.length - arg - 1;
                  const fn = stack[base]!;
                  if (fn instanceof PyFunction) {
                    frame.ip = ip;
                    let f: Frame;
                    if (fn.plainArgc === arg) {
                      // exact positional call: pop args straight into the new frame's locals
                      f = newFrame(fn);
                      const fast = f.fast;
                      for (let i = arg - 1; i >= 0; i--) fast[i] = stack.pop()!;
                      stack.pop();
                      if (fn.hasCells) setupCells(f, fn);
                    } else {
                      const g = vm.callFrame(fn, stack, base + 1, arg, null);
                      while (stack.length > base) stack.pop();
                      if (g instanceof PyGenerator) {
                        stack.push(g);
                        break;
                      }
                      f = g;
                    }
                    f.back = frame;
                    if (++st.depth > vm.recursionLimit) recursionError();
                    frame = f;
                    code = f.code;
                    co = code.code;
                    stack = f.stack;
                    ip = 0;
                    if (n >= limit && !nested) break preempted;
                    break;
                  }
                  // a plain class with a Python __init__: the instance, then __init__ as a frame above a
                  // shim that returns the instance (as callAny does, without its lookups and copies)
                  // (an exact builtin type has a `direct` entry and no Python __init__: not this way)
                  if (fn instanceof PyType && fn.direct === null) {
                    frame.ip = ip;
                    const f = enterPlainInit(vm, st, frame, fn, arg);
                    if (f !== null) {
                      frame = f;
                      code = f.code;
                      co = code.code;
                      stack = f.stack;
                      ip = 0;
                      if (n >= limit && !nested) break preempted;
                      break;
                    }
                  }
                  // builtin functions and exact builtin types: no frame, no callAny dispatch (a lone
                  // generator argument still goes through callAny, which may swap in a parking consumer)
                  if ((fn instanceof PyBuiltin ? fn.self === null : fn instanceof PyType && fn.direct !== null) && !(arg === 1 && stack[base + 1] instanceof PyGenerator)) {
                    frame.ip = ip;
                    st.frame = frame;
                    st.inflight = n;
                    // operands stay on the stack and steps are logged while the native runs, so it can
                    // be run again if a Python callback inside it blocks (vm/native-replay.ts)
                    R.on = true;
                    R.steps = null;
                    R.at = 0;
                    // one argument: the callable's one-argument entry, if it has one, takes it off the stack
                    const one = arg === 1 ? (fn instanceof PyBuiltin ? fn.call1 : (fn as PyType).directCall1) : null;
                    const r = one !== null ? one(stack[base + 1]!) : callNativeAt(fn as PyBuiltin | PyType, stack, base, arg);
                    R.on = false;
                    while (stack.length > base) stack.pop();
                    if (r === SUSPEND) break parked;
                    stack.push(r);
                    if (n >= limit && !nested) break preempted;
                    break;
                  }
                  const args = new Array<PyValue>(arg);
                  for (let i = 0; i < arg; i++) args[i] = stack[base + 1 + i]!;
                  while (stack.length > base) stack.pop();
                  st.inflight = n;
                  res = callAny(vm, st, frame, ip, fn, args, null);
                } else {
                  st.inflight = n;
                  res = keywordCall(vm, st, frame, ip, op, arg);
                }
                if (res === FRAME_PUSHED) {
                  frame = st.frame!;
                  code = frame.code;
                  co = code.code;
                  stack = frame.stack;
                  ip = frame.ip;
                  if (n >= limit && !nested) break preempted;
                  break;
                }
                if (res === SUSPEND) break parked;
                stack.push(res);
                if (n >= limit && !nested) break preempted;
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
                } else if (obj instanceof PyDict && (typeof key === "string" || typeof key === "number") && obj.cls === T.dict) {
                  // an exact dict keyed by a str or int: the key is its own hash key (runtime/hash.ts)
                  const e = obj.map.get(key);
                  if (e !== undefined) {
                    stack[l] = e.v;
                    break;
                  }
                }
                st.inflight = n;
                stack[l] = getItem(obj, key);
                break;
              }
              case 28 /* STORE_SUBSCR */: {
                const key = stack.pop()!;
                const obj = stack.pop()!;
                const v = stack.pop()!;
                if (obj instanceof PyList && typeof key === "number" && obj.cls === T.list && key >= 0 && key < obj.items.length) obj.items[key] = v;
                else if (obj instanceof PyDict && (typeof key === "string" || typeof key === "number") && obj.cls === T.dict) {
                  const e = obj.map.get(key);
                  if (e !== undefined) e.v = v;
                  else obj.map.set(key, { k: key, v });
                } else {
                  st.inflight = n;
                  setItem(obj, key, v);
                }
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
                        // `return a + b`: the return in this dispatch, still counted
                        if (co[ip] === 66 /* RETURN_VALUE */) {
                          stack.pop();
                          ip += 2;
                          n++;
                          retValue = r;
                          break ret;
                        }
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
                st.inflight = n;
                stack[l] = op === 31 /* BINARY_OP */ ? binaryOp(arg, a, b) : inplaceOp(arg, a, b);
                break;
              }
              case 36 /* UNARY_NOT */: {
                const l = stack.length - 1;
                st.inflight = n;
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
                st.inflight = n;
                stack[l] = compare(arg, a, b);
                break;
              }
              case 38 /* IS_OP */: {
                const b = stack.pop()!;
                const l = stack.length - 1;
                const a = stack[l]!;
                const same = a === b;
                stack[l] = arg ? !same : same;
                break;
              }
              case 39 /* CONTAINS_OP */: {
                const b = stack.pop()!;
                const l = stack.length - 1;
                st.inflight = n;
                const r = contains(b, stack[l]!);
                stack[l] = arg ? !r : r;
                break;
              }
              case 40 /* JUMP */:
                ip = arg;
                // a jump to a return (`return a if c else b`): the return runs in this dispatch, still
                // counted as an instruction of its own (neither is a switch point)
                if (co[ip] === 66 /* RETURN_VALUE */) {
                  ip += 2;
                  n++;
                  retValue = stack.pop()!;
                  break ret;
                }
                break;
              case 41 /* JUMP_BACKWARD */:
                ip = arg;
                if (n >= limit) {
                  if (!nested) break preempted;
                  vm.host.checkNested(n);
                  limit = n + NESTED_CHECK_EVERY;
                }
                break;
              case 42 /* POP_JUMP_IF_FALSE */: {
                const v = stack.pop()!;
                if (v === false) ip = arg;
                else if (v !== true) {
                  st.inflight = n; // truthiness may run __bool__ or __len__
                  if (!truthy(v)) ip = arg;
                }
                break;
              }
              case 43 /* POP_JUMP_IF_TRUE */: {
                const v = stack.pop()!;
                if (v === true) ip = arg;
                else if (v !== false) {
                  st.inflight = n;
                  if (truthy(v)) ip = arg;
                }
                break;
              }
              case 44 /* JUMP_IF_FALSE_OR_POP */:
                st.inflight = n;
                if (!truthy(stack[stack.length - 1]!)) ip = arg;
                else stack.pop();
                break;
              case 45 /* JUMP_IF_TRUE_OR_POP */:
                st.inflight = n;
                if (truthy(stack[stack.length - 1]!)) ip = arg;
                else stack.pop();
                break;
              case 46 /* GET_ITER */: {
                const l = stack.length - 1;
                const v = stack[l]!;
                if (!(v instanceof PyGenerator && v.cls === T.generator)) {
                  st.inflight = n;
                  stack[l] = getIter(v);
                }
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
                  st.inflight = n; // map(), filter() and friends may call Python functions
                  frame.ip = ip;
                  R.on = true;
                  R.steps = null;
                  R.at = 0;
                  const v = it.next();
                  R.on = false;
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
                  vm.enterGen(it, None, null, Resume.FOR_ITER, frame);
                  it.started = true;
                  it.forIterTarget = arg;
                  frame = it.frame;
                  code = frame.code;
                  co = code.code;
                  stack = frame.stack;
                  ip = frame.ip;
                  break;
                }
                // an object with a Python __next__: a callback like map()'s, which may block (a
                // pool's imap iterator waiting for a result), so it is a replayable step too
                frame.ip = ip;
                st.inflight = n;
                R.on = true;
                R.steps = null;
                R.at = 0;
                const v = iterStep(it);
                R.on = false;
                if (v === undefined) {
                  stack.pop();
                  ip = arg;
                } else stack.push(v);
                break;
              }
              case 48 /* BUILD_TUPLE */: {
                stack.push(arg ? new PyTuple(stack.splice(stack.length - arg, arg)) : theEmptyTuple());
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
                st.inflight = n;
                if (!(v instanceof PyTuple || v instanceof PyList) && vm.unpacker !== null && drainsThroughPython(v)) {
                  // a Python loop takes the items and returns them as a tuple in this slot; this
                  // instruction then runs again on the tuple (vm/drain.ts)
                  if (callAny(vm, st, frame, pc, vm.unpacker, [v, arg], null) === FRAME_PUSHED) {
                    frame = st.frame!;
                    code = frame.code;
                    co = code.code;
                    stack = frame.stack;
                    ip = frame.ip;
                  }
                  break;
                }
                const items = v instanceof PyTuple || v instanceof PyList ? v.items : vm.iterate(v);
                if (items.length !== arg) unpackError(items.length, arg);
                for (let i = arg - 1; i >= 0; i--) stack.push(items[i]!);
                break;
              }
              case 66 /* RETURN_VALUE */:
              case 67 /* YIELD_VALUE */:
                retValue = stack.pop()!;
                break ret;
              case 69 /* YIELD_FROM */: {
                st.inflight = n;
                const r = yieldFrom(vm, st, frame, ip);
                if (r !== null) return endRun(vm, st, n, outer, r);
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
                  const cur = handledException(frame);
                  if (cur === null) raise("RuntimeError", "No active exception to reraise");
                  reraise = true;
                  throw cur;
                }
                const cause = arg === 2 ? stack.pop()! : undefined;
                st.inflight = n; // instantiating the exception runs its __init__
                const e = makeExc(stack.pop()!);
                if (cause !== undefined) {
                  e.cause = cause === None ? None : makeExc(cause);
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
                if (!excMatches(e, t)) ip = arg;
                break;
              }
              case 83 /* BEFORE_WITH */:
              case 84 /* BEFORE_ASYNC_WITH */:
              case 85 /* WITH_EXIT */:
              case 86 /* WITH_EXCEPT_START */:
              case 72 /* GET_ANEXT */: {
                frame.ip = ip;
                st.frame = frame;
                st.inflight = n;
                const res = protocolCall(vm, st, frame, op, ip);
                if (res === FRAME_PUSHED) {
                  frame = st.frame!;
                  code = frame.code;
                  co = code.code;
                  stack = frame.stack;
                  ip = frame.ip;
                  break;
                }
                if (res === SUSPEND) break parked;
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
                st.inflight = n;
                stack.push(vm.host.importModule(code.names[arg]!, fromlist));
                break;
              }
              default: {
                // rarely executed opcodes live in coldOp: a smaller run() compiles faster and deopts less
                st.inflight = n;
                const top = stack[stack.length - 1];
                if (op === 61 /* UNPACK_EX */ && vm.unpacker !== null && drainsThroughPython(top)) {
                  // as UNPACK_SEQUENCE: a Python loop makes a tuple of every item, then this runs again
                  if (callAny(vm, st, frame, pc, vm.unpacker, [stack.pop()!, -1], null) === FRAME_PUSHED) {
                    frame = st.frame!;
                    code = frame.code;
                    co = code.code;
                    stack = frame.stack;
                    ip = frame.ip;
                  }
                  break;
                }
                if (op === 55 /* LIST_EXTEND */ && arg === 1 && vm.listExtender !== null && drainsThroughPython(top)) {
                  // `*gen` drained by a Python loop that returns the list in the list's own stack slot,
                  // so a blocking call inside the generator parks the thread like any other
                  const g = stack.pop()!;
                  const target = stack.pop()!;
                  if (callAny(vm, st, frame, ip, vm.listExtender, [target, g], null) === FRAME_PUSHED) {
                    frame = st.frame!;
                    code = frame.code;
                    co = code.code;
                    stack = frame.stack;
                    ip = frame.ip;
                  }
                  break;
                }
                ip = coldOp(vm, op, arg, frame, stack, ip);
                break;
              }
            }
          }
          // the frame returns (or yields) retValue: to its caller's frame, which the loop goes on in, or
          // out of this run
          let value = retValue;
          // (an instruction fused with a return reaches here with its own op: never a yield)
          const isYield = op === 67; /* YIELD_VALUE */
          for (;;) {
            frame.ip = ip;
            st.depth--;
            const g = frame.gen;
            if (g === null) {
              const back = frame.back;
              if (frame.boundary || back === null) {
                const c = takeCont(frame);
                if (c !== undefined) {
                  st.replayPending = { c, ok: true, value };
                  continue loop;
                }
                st.frame = frame;
                return endRun(vm, st, n, outer, { k: "return", value });
              }
              frame.back = null;
              // st.frame may still name this frame (a native was called from it): don't reuse it then
              if (frame.recycle && st.frame !== frame) releaseFrame(frame);
              if (back.code === INIT_SHIM) {
                // a Python __init__ returning to the frame that holds its instance: that frame's
                // POP_TOP and RETURN_VALUE run here, both counted (neither is a switch point)
                value = back.stack.pop()!;
                frame = back;
                ip = INIT_SHIM.code.length;
                n += 2;
                continue;
              }
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
              const c = takeCont(frame);
              if (c !== undefined) {
                st.replayPending = { c, ok: true, value: { k: isYield ? "yield" : "return", value } };
                continue loop;
              }
              st.frame = frame;
              return endRun(vm, st, n, outer, { k: isYield ? "yield" : "return", value });
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
        } catch (err) {
          R.on = false;
          if (err instanceof NativeSuspend) {
            // a park in this very run unwinds as it is (park() has counted its instructions)
            if (err.boundary === null) throw err;
            suspendNative(err, frame, co, pc, stack);
            if (nested) {
              endRun(vm, st, n, outer, { k: "parked" });
              throw err;
            }
            st.frame = err.parked as Frame;
            return endRun(vm, st, n, outer, { k: "parked" });
          }
          const r = unwind(st, frame, ip, pc, err, reraise);
          reraise = false;
          if (r !== null) return endRun(vm, st, n, outer, r);
          frame = st.frame!;
          code = frame.code;
          co = code.code;
          stack = frame.stack;
          ip = frame.ip;
        }
      }
    }
    return preempt(vm, st, frame, ip, n, outer);
  }
  return park(vm, st, frame, ip, n, outer, nested);
}

/** LOAD_GLOBAL (and module-level LOAD_NAME) past its cache: `g`, then the builtins; the cache
 * keeps the cell found when both are GlobalsMaps. */
function loadGlobal(vm: Interp, frame: Frame, g: Map<string, PyValue>, nm: string, ce: GlobalCacheEntry): PyValue {
  const b = vm.builtins;
  if (g instanceof GlobalsMap && b instanceof GlobalsMap) {
    let c = g.cell(nm);
    let keys = -1;
    if (c === undefined) {
      c = b.cell(nm);
      if (c === undefined) nameError(vm, nm, frame);
      keys = GlobalsMap.keysEpoch;
    }
    ce.map = g;
    ce.keys = keys;
    ce.cell = c!;
    return c!.v!;
  }
  let v = g.get(nm);
  if (v === undefined) v = b.get(nm);
  if (v === undefined) nameError(vm, nm, frame);
  return v!;
}

/** STORE_GLOBAL (and module-level STORE_NAME) past its cache: the cache keeps the name's cell. */
function storeGlobal(g: Map<string, PyValue>, nm: string, v: PyValue, ce: GlobalCacheEntry): void {
  g.set(nm, v);
  if (g instanceof GlobalsMap) {
    ce.map = g;
    ce.keys = -1;
    ce.cell = g.cell(nm)!;
  }
}

/** CALL's native call of a builtin function or exact builtin type, its arguments copied off the stack. */
function callNativeAt(fn: PyBuiltin | PyType, stack: PyValue[], base: number, argc: number): PyValue {
  const args = new Array<PyValue>(argc);
  for (let i = 0; i < argc; i++) args[i] = stack[base + 1 + i]!;
  return fn instanceof PyBuiltin ? fn.fn(args, null) : fn.direct!(args, null);
}

function preempt(vm: Interp, st: ExecState, frame: Frame, ip: number, n: number, outer: number): RunResult {
  frame.ip = ip;
  st.frame = frame;
  return endRun(vm, st, n, outer, { k: "preempted" });
}

/** Counts the run's `n` instructions and gives the run it is nested in its own count back
 * (`outer`, folded into `executed` when this run began). */
function endRun(vm: Interp, st: ExecState, n: number, outer: number, r: RunResult): RunResult {
  st.executed += n - outer;
  st.inflight = outer;
  vm.totalExecuted += n;
  return r;
}

function park(vm: Interp, st: ExecState, frame: Frame, ip: number, n: number, outer: number, nested: boolean): RunResult {
  frame.ip = ip;
  st.frame = frame;
  const r = endRun(vm, st, n, outer, { k: "parked" });
  // inside a native's callback: the frames stay parked and the native unwinds, to be replayed
  if (nested) throw new NativeSuspend(frame);
  return r;
}

/** At the call site a NativeSuspend unwound to: hang the replay continuation on the callback's
 * frame (native-replay.ts). An instruction that is no such site cannot be resumed that way. */
function suspendNative(e: NativeSuspend, frame: Frame, co: Int32Array, pc: number, stack: PyValue[]): void {
  const steps = e.steps ?? R.steps ?? [];
  let site = e.site as NativeSite | null;
  if (site === null) {
    const op = co[pc]!;
    const arg = co[pc + 1]!;
    if (op === 62 /* CALL */) {
      const fn = stack[stack.length - arg - 1]!;
      const args = stack.slice(stack.length - arg);
      site = { k: "call", redo: () => (fn instanceof PyBuiltin ? fn.fn(args, null) : (fn as PyType).direct!(args, null)), pop: arg + 1 };
    } else if (op === 26 /* CALL_METHOD */) {
      const fn = stack[stack.length - arg - 2] as PyBuiltin;
      const args = stack.slice(stack.length - arg - 1);
      site = { k: "call", redo: () => fn.fn(args, null), pop: arg + 2 };
    } else if (op === 47 /* FOR_ITER */) {
      const it = stack[stack.length - 1]!;
      site = { k: "foriter", redo: () => (it instanceof PyIter ? it.next() : iterStep(it)), target: arg };
    } else throw new HaltError("unsupported", "a blocking call inside a callback invoked from native code is not supported here (only in calls and for loops)");
  }
  suspendAt(e, site, steps, frame);
}

function compare(arg: number, a: PyValue, b: PyValue): PyValue {
  switch (arg) {
    case 2:
      return pyEqOp(a, b);
    case 3:
      return pyNeOp(a, b);
    default:
      return pyCompare(CMPOPS[arg] as "<" | "<=" | ">" | ">=", a, b);
  }
}
