// The opcodes run() leaves to a second switch: rarely hot ones, so the hot loop stays small enough
// for V8 to optimise quickly and deoptimises less.
import { noteExactPrealloc } from "../runtime/list-capacity";
import { isSubtype } from "../runtime/types";
import { isWithIdentity, noteAppended, noteListIdentity, storeWithIdentity } from "./identity";
import { unaryInvert, unaryNeg, unaryPos } from "../runtime/arith";
import { delAttr, getAttr, getAttrOpt } from "../runtime/attrs";
import { callValue } from "../runtime/call";
import { isInstance, typeName } from "../runtime/coerce";
import { dictSet } from "../runtime/containers";
import { hooks } from "../runtime/ctx";
import { raise, typeError } from "../runtime/errors";
import { formatValue } from "../runtime/format";
import { hashKey } from "../runtime/hash";
import { getIter } from "../runtime/iter";
import { repr, str } from "../runtime/repr";
import { delItem, getItem } from "../runtime/subscript";
import { None, PyCell, PyDict, PyFunction, PyIter, PyList, PyModule, PyObj, PySet, PySlice, PyTuple, PyType, type PyValue, T, theEmptyTuple } from "../runtime/value";
import { MODULES } from "../modules/registry";
import { Frame, PyGenerator } from "./frame";
import type { Interp } from "./interp";
import { derefError, nameError } from "./name-errors";
import { splitGroup } from "./unwind";
import { getAwaitable } from "./yield-from";

/** Runs one of the rarely executed opcodes; returns the ip to continue at (`ip`, the next
 * instruction, except for a jump). None of them switches frames. */
export function coldOp(vm: Interp, op: number, arg: number, frame: Frame, stack: PyValue[], ip: number): number {
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
    case 10 /* DELETE_FAST */: {
      const old = frame.fast[arg];
      if (old === undefined) raise("UnboundLocalError", `cannot access local variable '${code.varnames[arg]}' where it is not associated with a value`);
      frame.fast[arg] = undefined;
      if (old instanceof PyObj) vm.host.released(old);
      break;
    }
    case 15 /* LOAD_CLASSDEREF */: {
      const nm = arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
      let v = frame.names!.get(nm);
      if (v === undefined) v = frame.cells![arg]!.v;
      if (v === undefined) derefError(code, arg);
      stack.push(v!);
      break;
    }
    case 13 /* DELETE_DEREF */: {
      const cell = frame.cells![arg]!;
      const old = cell.v;
      cell.v = undefined;
      if (old instanceof PyObj) vm.host.released(old);
      break;
    }
    case 14 /* LOAD_CLOSURE */:
      stack.push(frame.cells![arg] as unknown as PyValue);
      break;
    case 18 /* DELETE_GLOBAL */:
    case 21 /* DELETE_NAME */: {
      const ns = op === 18 ? frame.globals : frame.names!;
      const name = code.names[arg]!;
      const old = ns.get(name);
      if (!ns.delete(name)) nameError(vm, name, frame);
      if (old instanceof PyObj) vm.host.released(old);
      break;
    }
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
      if (
        !(v instanceof PyList || v instanceof PyTuple) &&
        getAttrOpt(v, "__iter__") === undefined &&
        typeof v !== "string" &&
        !(v instanceof PyIter) &&
        !(v instanceof PyGenerator)
      )
        typeError(`Value after * must be an iterable, not ${typeName(v)}`);
      const empty = target.items.length === 0;
      for (const x of vm.iterate(v)) target.items.push(x);
      if (empty && (v instanceof PyList || v instanceof PyTuple)) noteExactPrealloc(target);
      break;
    }
    case 56 /* SET_UPDATE */: {
      const v = stack.pop()!;
      const target = stack[stack.length - arg] as PySet;
      for (const x of vm.iterate(v)) target.map.set(hashKey(x), x);
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
        for (const k of vm.iterate(keys)) dictSet(target, k, getItem(v, k));
      }
      break;
    }
    case 59 /* LIST_TO_TUPLE */: {
      const l = stack.length - 1;
      const items = (stack[l] as PyList).items;
      stack[l] = items.length ? new PyTuple(items) : theEmptyTuple();
      break;
    }
    case 61 /* UNPACK_EX */: {
      const before = arg & 0xff;
      const after = arg >> 8;
      const items = vm.iterate(stack.pop()!);
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
      const anns = fl & 4 ? (stack.pop() as PyTuple).items : null;
      let kwd: Map<string, PyValue> | null = null;
      if (fl & 2) {
        kwd = new Map();
        for (const e of (stack.pop() as PyDict).map.values()) kwd.set(e.k as string, e.v);
      }
      const defaults = fl & 1 ? (stack.pop() as PyTuple).items : [];
      const fn = new PyFunction(child, frame.globals, defaults, kwd, closure, child.name);
      if (anns !== null) {
        const d = new PyDict();
        for (let i = 0; i < anns.length; i += 2) dictSet(d, anns[i]!, anns[i + 1]!);
        fn.annotations = d;
      }
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
      stack[l] = getAwaitable(stack[l]!);
      break;
    }
    case 82 /* JUMP_IF_NOT_EG_MATCH */: {
      const t = stack.pop()!;
      const eg = stack.pop()!;
      const r = splitGroup(vm, eg, t);
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
      stack.push(vm.builtins.get("__build_class__")!);
      break;
    case 91 /* IMPORT_FROM */: {
      const mod = stack[stack.length - 1]!;
      const nm = code.names[arg]!;
      let v = getAttrOpt(mod, nm);
      // `from package import submodule` imports the submodule (from unittest import mock)
      if (v === undefined && mod instanceof PyModule && MODULES[`${mod.name}.${nm}`] !== undefined) v = vm.host.importModule(`${mod.name}.${nm}`, true);
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
      stack.push(vm.builtins.get("AssertionError")!);
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
    case 98 /* STORE_FAST_ID */:
      storeWithIdentity(frame, "fast", arg, ip - 2, stack.pop()!, stack);
      break;
    case 99 /* STORE_NAME_ID */:
      storeWithIdentity(frame, "name", arg, ip - 2, stack.pop()!, stack);
      break;
    case 100 /* STORE_GLOBAL_ID */:
      storeWithIdentity(frame, "global", arg, ip - 2, stack.pop()!, stack);
      break;
    case 101 /* STORE_DEREF_ID */:
      storeWithIdentity(frame, "deref", arg, ip - 2, stack.pop()!, stack);
      break;
    case 102 /* IS_OP_ID */: {
      const b = stack.pop()!;
      const l = stack.length - 1;
      const same = isWithIdentity(frame, ip - 2, stack[l]!, b);
      stack[l] = arg ? !same : same;
      break;
    }
    case 103 /* ID_LIST */:
      noteListIdentity(frame, ip - 2, stack[stack.length - 1]!);
      break;
    case 104 /* ID_LIST_APPEND */: {
      const v = stack.pop()!;
      const list = stack[stack.length - arg] as PyList;
      list.items.push(v);
      noteAppended(frame, ip - 2, list);
      break;
    }
    case 105 /* ID_APPENDED */:
      noteAppended(frame, ip - 2, undefined);
      break;
    case 95 /* MATCH_CLASS */: {
      const names = (stack.pop() as PyTuple).items as string[];
      const cls = stack.pop()!;
      const subj = stack.pop()!;
      stack.push(matchClass(subj, cls, arg, names));
      break;
    }
    default:
      throw new Error(`unknown opcode ${op}`);
  }
  return ip;
}

/** builtin types whose single positional sub-pattern matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF) */
const MATCH_SELF = (): PyType[] => [T.bool, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple];

/** CPython's match_class: the tuple of sub-pattern subjects for `cls(p1, ..., k1=...)`, or None */
function matchClass(subj: PyValue, cls: PyValue, nargs: number, names: string[]): PyValue {
  if (!(cls instanceof PyType)) typeError("called match pattern must be a type");
  const t = cls as PyType;
  if (!isInstance(subj, t)) return None;
  const out: PyValue[] = [];
  const seen = new Set<string>();
  const attr = (name: string): PyValue | undefined => {
    if (seen.has(name)) typeError(`${t.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    return getAttrOpt(subj, name);
  };
  if (nargs > 0) {
    const ma = getAttrOpt(t, "__match_args__");
    if (ma !== undefined) {
      if (!(ma instanceof PyTuple && ma.cls === T.tuple)) typeError(`${t.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
      const fields = (ma as PyTuple).items;
      if (nargs > fields.length) typeError(`${t.name}() accepts ${fields.length} positional sub-pattern${fields.length === 1 ? "" : "s"} (${nargs} given)`);
      for (let i = 0; i < nargs; i++) {
        const f = fields[i]!;
        if (typeof f !== "string") typeError(`__match_args__ elements must be strings (got ${typeName(f)})`);
        const v = attr(f as string);
        if (v === undefined) return None;
        out.push(v);
      }
    } else {
      const self = MATCH_SELF().some((b) => isSubtype(t, b));
      if (nargs > (self ? 1 : 0)) typeError(`${t.name}() accepts ${self ? 1 : 0} positional sub-pattern${self ? "" : "s"} (${nargs} given)`);
      out.push(subj);
    }
  }
  for (const nm of names) {
    const v = attr(nm);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
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
