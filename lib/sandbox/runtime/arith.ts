// Binary and unary operators on arbitrary values: numeric tower, sequences, sets, dicts,
// then user dunders (with reflected operands) as CPython's binary_op1 does.
import { PyByteArray, byteArrayInplace, bytesBinary } from "./bytes-ops";
import { chargeSequence } from "./big-work";
import { hooks } from "./ctx";
import { raise, typeError } from "./errors";
import { complexAbs, complexBinary, complexPow } from "./complex";
import { unionOf } from "./union-type";
import { dictViewBinary } from "./dict-view";
import { floatFloorDiv, floatMod, floatPow, intAdd, intBit, intFloorDiv, intMod, intMul, intPow, intSub, intToFloat, intTrueDiv, type Int } from "./num";
import { callValue } from "./call";
import { isInt, toInt, toNum, typeName, typeOf } from "./coerce";
import { carriedValue, plainValue } from "./value";
import { pyEq } from "./compare";
import { hashKey } from "./hash";
import { iterToArray } from "./iter";
import { isSubtype, lookupType } from "./types";
import { NotImplemented, PyBuiltin, PyBytes, PyDict, PyFloat, PyList, PyComplex, PyObj, PySet, PyTuple, T, type PyValue } from "./value";
import { percentFormat } from "./format";
import { dictUpdate } from "./methods-containers";
import { baseClass, copySetAs, differenceUpdate, intersectSet, intersectionUpdate, subtractSet, symmetricDifference, symmetricDifferenceUpdate, updateSet } from "./set-ops";

export const OPNAMES = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"];
const DUNDER = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift", "rshift", "and", "or", "xor"];

function intOrBool(v: PyValue): Int | null {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

function intOp(op: number, a: Int, b: Int): PyValue {
  switch (op) {
    case 0:
      return intAdd(a, b);
    case 1:
      return intSub(a, b);
    case 2:
      return intMul(a, b);
    case 3: {
      if (b === 0 || b === 0n) raise("ZeroDivisionError", "division by zero");
      if (typeof a === "bigint" || typeof b === "bigint") return new PyFloat(intTrueDiv(BigInt(a), BigInt(b)));
      return new PyFloat(a / b);
    }
    case 4:
      return intFloorDiv(a, b);
    case 5:
      return intMod(a, b);
    case 6: {
      const r = intPow(a, b);
      if (r === null) {
        if (a === 0 || a === 0n) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return new PyFloat(Math.pow(Number(a), Number(b)));
      }
      return r;
    }
    case 8:
      return intBit("<<", a, b);
    case 9:
      return intBit(">>", a, b);
    case 10:
      return intBit("&", a, b);
    case 11:
      return intBit("|", a, b);
    case 12:
      return intBit("^", a, b);
  }
  return NotImplemented;
}

function floatOp(op: number, x: number, y: number): PyValue {
  switch (op) {
    case 0:
      return new PyFloat(x + y);
    case 1:
      return new PyFloat(x - y);
    case 2:
      return new PyFloat(x * y);
    case 3:
      if (y === 0) raise("ZeroDivisionError", "float division by zero");
      return new PyFloat(x / y);
    case 4:
      return new PyFloat(floatFloorDiv(x, y));
    case 5:
      return new PyFloat(floatMod(x, y));
    case 6:
      // a negative number to a fractional power is complex
      if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) return complexPow({ re: x, im: 0 }, { re: y, im: 0 });
      return new PyFloat(floatPow(x, y));
  }
  return NotImplemented;
}

function repeatSeq(items: PyValue[], n: PyValue, what: string): PyValue[] | null {
  const k = intOrBool(n);
  if (k === null) return null;
  const times = Number(k);
  if (times > 0 && items.length > 0) {
    chargeSequence(items.length * times, 8, what);
    hooks.alloc((items.length * times) >> 3);
  }
  const out: PyValue[] = [];
  for (let i = 0; i < times; i++) for (const x of items) out.push(x);
  return out;
}

function repeatStr(s: string, times: number): string {
  if (times <= 0 || s.length === 0) return "";
  chargeSequence(s.length * times, 1, "a str");
  return s.repeat(times);
}

function nativeBinary(op: number, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyComplex || b instanceof PyComplex) return complexBinary(op, a, b) ?? NotImplemented;
  if (op === 11 && a instanceof PyObj && b instanceof PyObj) {
    const u = unionOf(a, b);
    if (u !== null) return u;
  }
  const ia = intOrBool(a);
  const ib = intOrBool(b);
  if (ia !== null && ib !== null) {
    if (typeof a === "boolean" && typeof b === "boolean" && op >= 10) {
      return op === 10 ? a && b : op === 11 ? a || b : a !== b;
    }
    return intOp(op, ia, ib);
  }
  if ((a instanceof PyFloat || ia !== null) && (b instanceof PyFloat || ib !== null)) {
    const x = a instanceof PyFloat ? a.v : intToFloat(ia!);
    const y = b instanceof PyFloat ? b.v : intToFloat(ib!);
    return floatOp(op, x, y);
  }
  // "%s" % b"ab" formats the bytes; every other str-and-bytes pair is bytes' to refuse
  if ((a instanceof PyBytes || b instanceof PyBytes) && !(op === 5 && typeof a === "string")) return bytesBinary(op, a, b);
  if (typeof a === "string") {
    if (op === 0 && typeof b === "string") return a + b;
    if (op === 2 && ib !== null) return repeatStr(a, Number(ib));
    if (op === 5) return percentFormat(a, b);
    if (op === 0) typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (typeof b === "string" && op === 2 && ia !== null) return repeatStr(b, Number(ia));
  if (a instanceof PyList && a.cls === T.list) {
    if (op === 0 && b instanceof PyList) return new PyList(a.items.concat(b.items));
    if (op === 2) {
      const r = repeatSeq(a.items, b, "a list");
      if (r) return new PyList(r);
    }
    if (op === 0) typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  }
  if (b instanceof PyList && op === 2 && ia !== null) return new PyList(repeatSeq(b.items, ia, "a list")!);
  if (a instanceof PyTuple && a.cls === T.tuple) {
    if (op === 0 && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
    if (op === 2) {
      const r = repeatSeq(a.items, b, "a tuple");
      if (r) return new PyTuple(r);
    }
    if (op === 0) typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  }
  if (b instanceof PyTuple && op === 2 && ia !== null) return new PyTuple(repeatSeq(b.items, ia, "a tuple")!);
  if (a instanceof PySet && b instanceof PySet) {
    switch (op) {
      case 11: {
        const r = copySetAs(baseClass(a.cls), a);
        if (a !== b) updateSet(r, b);
        return r;
      }
      case 10:
        return intersectSet(a, b, baseClass(a.cls));
      case 1:
        return subtractSet(a, b, baseClass(a.cls));
      case 12:
        return symmetricDifference(a, b, baseClass(a.cls));
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && op === 11 && a.cls === T.dict) {
    const r = new PyDict();
    for (const [k, e] of a.map) r.map.set(k, { k: e.k, v: e.v });
    for (const [k, e] of b.map) {
      const x = r.map.get(k);
      if (x) x.v = e.v;
      else r.map.set(k, { k: e.k, v: e.v });
    }
    return r;
  }
  return dictViewBinary(op, a, b);
}

/** int's, float's or str's own operator on the values subclass instances carry; `str % args`
 * keeps its arguments as they are (a "%s" or "%r" of an instance uses its class's methods). */
function nativeOnValues(op: number, a: PyValue, b: PyValue): PyValue {
  const x = plainValue(a);
  return nativeBinary(op, x, op === 5 && typeof x === "string" ? b : plainValue(b));
}

function userDunder(v: PyValue, name: string): PyValue | undefined {
  const f = lookupType(typeOf(v), name);
  return f instanceof PyBuiltin ? undefined : f;
}

export function binaryOp(op: number, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const userA = ta.module !== "builtins";
  const userB = tb.module !== "builtins";
  if (!userA && !userB) {
    const r = nativeBinary(op, a, b);
    if (r !== NotImplemented) return r;
    return binError(op, a, b);
  }
  const name = DUNDER[op]!;
  const fa = userDunder(a, `__${name}__`);
  const fb = tb !== ta ? userDunder(b, `__r${name}__`) : undefined;
  if (fb !== undefined && isSubtype(tb, ta) && tb !== ta) {
    const r = callValue(fb, [b, a], null);
    if (r !== NotImplemented) return r;
  }
  if (fa !== undefined) {
    const r = callValue(fa, [a, b], null);
    if (r !== NotImplemented) return r;
  } else if (!userA || ta.layout !== "object") {
    const r = nativeOnValues(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callValue(fb, [b, a], null);
    if (r !== NotImplemented) return r;
  } else if (userB && tb.layout !== "object") {
    const r = nativeOnValues(op, a, b);
    if (r !== NotImplemented) return r;
  }
  // types.UnionType and types.GenericAlias are not builtins by module, but join with |
  if (op === 11) {
    const u = unionOf(a, b);
    if (u !== null) return u;
  }
  return binError(op, a, b);
}

function binError(op: number, a: PyValue, b: PyValue): never {
  const sym = OPNAMES[op]!;
  if (op === 6) typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  if (op === 0 && typeof a === "string") typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (op === 2 && (typeof a === "string" || typeof b === "string" || a instanceof PyList || b instanceof PyList))
    typeError(`can't multiply sequence by non-int of type '${typeName(typeof a === "string" || a instanceof PyList ? b : a)}'`);
  return typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** a op= b: mutating forms for list/set/dict, `__iop__` dunders, else binaryOp. */
export function inplaceOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyByteArray) {
    const r = byteArrayInplace(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyList) {
    if (op === 0 && a.cls === T.list) {
      const add = b instanceof PyList || b instanceof PyTuple ? b.items : iterToArray(b);
      for (const x of add) a.items.push(x);
      return a;
    }
    if (op === 2 && a.cls === T.list) {
      const r = repeatSeq(a.items, b, "a list");
      if (r) {
        a.items = r;
        return a;
      }
    }
  }
  if (a instanceof PySet && b instanceof PySet && a.cls === T.set) {
    switch (op) {
      case 11:
        updateSet(a, b);
        return a;
      case 10:
        intersectionUpdate(a, [b]);
        return a;
      case 1:
        differenceUpdate(a, b);
        return a;
      case 12:
        symmetricDifferenceUpdate(a, b);
        return a;
    }
  }
  if (a instanceof PyDict && op === 11 && userDunder(a, "__ior__") === undefined) {
    if (b instanceof PyDict) {
      for (const [k, e] of b.map) {
        const x = a.map.get(k);
        if (x) x.v = e.v;
        else a.map.set(k, { k: e.k, v: e.v });
      }
    } else {
      // dict.__ior__ takes whatever dict.update takes (pairs, any mapping); only `|` insists on a dict
      dictUpdate(a, b, null);
    }
    return a;
  }
  const ta = typeOf(a);
  if (ta.module !== "builtins") {
    const f = userDunder(a, `__i${DUNDER[op]}__`);
    if (f !== undefined) {
      const r = callValue(f, [a, b], null);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryOp(op, a, b);
}

export function unaryNeg(v: PyValue): PyValue {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (typeof v === "bigint") return -v;
  if (typeof v === "boolean") return v ? -1 : 0;
  if (v instanceof PyFloat) return new PyFloat(-v.v);
  if (v instanceof PyComplex) return new PyComplex(-v.re, -v.im);
  const f = userDunder(v, "__neg__");
  if (f !== undefined) return callValue(f, [v], null);
  const carried = carriedValue(v);
  if (carried !== undefined) return unaryNeg(carried);
  return typeError(`bad operand type for unary -: '${typeName(v)}'`);
}
export function unaryPos(v: PyValue): PyValue {
  if (isInt(v) || v instanceof PyFloat) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyComplex) return v.cls === T.complex ? v : new PyComplex(v.re, v.im);
  const f = userDunder(v, "__pos__");
  if (f !== undefined) return callValue(f, [v], null);
  const carried = carriedValue(v);
  if (carried !== undefined) return unaryPos(carried);
  return typeError(`bad operand type for unary +: '${typeName(v)}'`);
}
export function unaryInvert(v: PyValue): PyValue {
  if (typeof v === "number" || typeof v === "boolean") return intSub(-1, toInt(v));
  if (typeof v === "bigint") return ~v;
  const f = userDunder(v, "__invert__");
  if (f !== undefined) return callValue(f, [v], null);
  const carried = carriedValue(v);
  if (carried !== undefined) return unaryInvert(carried);
  return typeError(`bad operand type for unary ~: '${typeName(v)}'`);
}
export function absValue(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "bigint") return v < 0n ? -v : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  if (v instanceof PyComplex) return complexAbs(v);
  const f = userDunder(v, "__abs__");
  if (f !== undefined) return callValue(f, [v], null);
  const carried = carriedValue(v);
  if (carried !== undefined) return absValue(carried);
  return typeError(`bad operand type for abs(): '${typeName(v)}'`);
}
export { toNum, pyEq, hashKey };
