// Constant folding as CPython 3.11's AST optimiser does it: unary and binary operators on constants,
// and tuple displays of constants, become constants, unless the result would be large (ints over
// 128 bits, strs over 4096 characters, sequences over 256 items) or the operation raises.
// The set display folding (a frozenset constant) depends on it: `{2**10, -(2**33), "a"}` is
// all constants to CPython.
import type { BinOpName, Expr } from "../parse/ast";
import { binaryOp, unaryInvert, unaryNeg, unaryPos } from "../runtime/arith";
import { hooks } from "../runtime/ctx";
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyTuple, type PyValue, theEmptyTuple } from "../runtime/value";
import { BINOPS } from "./opcodes";

const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** The constant `e` folds to, or null when CPython's optimiser leaves it an expression. */
export function foldConst(e: Expr): PyValue | null {
  switch (e.k) {
    case "Const": {
      const c = e.value;
      switch (c.t) {
        case "int":
        case "bool":
        case "str":
          return c.v;
        case "float":
          return new PyFloat(c.v);
        case "complex":
          return new PyComplex(0, c.v);
        case "bytes":
          return new PyBytes(c.v);
        case "none":
          return None;
        case "ellipsis":
          return Ellipsis;
        default:
          return null;
      }
    }
    case "Tuple": {
      const items: PyValue[] = [];
      for (const x of e.elts) {
        const v = foldConst(x);
        if (v === null) return null;
        items.push(v);
      }
      return items.length ? new PyTuple(items) : theEmptyTuple();
    }
    case "UnaryOp": {
      const v = foldConst(e.operand);
      if (v === null) return null;
      return attempt(() => (e.op === "-" ? unaryNeg(v) : e.op === "+" ? unaryPos(v) : e.op === "~" ? unaryInvert(v) : !truthyConst(v)));
    }
    case "BinOp": {
      const a = foldConst(e.left);
      if (a === null) return null;
      const b = foldConst(e.right);
      if (b === null || !safe(e.op, a, b)) return null;
      return attempt(() => binaryOp(BINOPS.indexOf(e.op), a, b));
    }
    default:
      return null;
  }
}

function attempt(f: () => PyValue): PyValue | null {
  // the limits above keep folding cheap, and compiling is not the program's CPU time: nothing is charged
  const work = hooks.work;
  hooks.work = () => {};
  try {
    return f();
  } catch {
    // an operation that raises (1 / 0, "a" - 1) stays in the code and raises when it runs
    return null;
  } finally {
    hooks.work = work;
  }
}

function truthyConst(v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "string") return v.length > 0;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyBytes) return v.v.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  return v !== None;
}

const isInt = (v: PyValue): v is number | bigint | boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";

function bits(v: number | bigint | boolean): number {
  const n = typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v);
  return (n < 0n ? -n : n).toString(2).replace(/^0$/, "").length;
}

function intValue(v: number | bigint | boolean): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v);
}

function seqLength(v: PyValue): number | null {
  if (typeof v === "string") return v.length;
  if (v instanceof PyBytes) return v.v.length;
  if (v instanceof PyTuple) return v.items.length;
  return null;
}

/** CPython's safe_multiply / safe_power / safe_lshift / safe_mod limits */
function safe(op: BinOpName, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case "*": {
      if (isInt(a) && isInt(b)) return intValue(a) === 0n || intValue(b) === 0n || bits(a) + bits(b) <= MAX_INT_BITS;
      const [seq, n] = isInt(a) ? [b, a] : [a, b];
      const size = seqLength(seq);
      if (size === null || !isInt(n)) return true;
      const count = intValue(n);
      if (size === 0) return true;
      if (count < 0n) return false;
      if (seq instanceof PyTuple) return count <= BigInt(Math.floor(MAX_COLLECTION_SIZE / size)) && totalItems(seq) * Number(count) <= MAX_TOTAL_ITEMS;
      return count <= BigInt(Math.floor(MAX_STR_SIZE / size));
    }
    case "**":
      if (isInt(a) && isInt(b) && intValue(a) !== 0n && intValue(b) > 0n) return BigInt(bits(a)) <= BigInt(MAX_INT_BITS) / intValue(b);
      return true;
    case "<<":
      if (isInt(a) && isInt(b) && intValue(a) !== 0n && intValue(b) !== 0n) {
        const w = intValue(b);
        return w >= 0n && w <= BigInt(MAX_INT_BITS) && BigInt(bits(a)) <= BigInt(MAX_INT_BITS) - w;
      }
      return true;
    case "%":
      // str % args is formatting: CPython leaves it alone
      return !(typeof a === "string" || a instanceof PyBytes);
    default:
      return true;
  }
}

function totalItems(t: PyTuple): number {
  let n = 0;
  for (const x of t.items) n += x instanceof PyTuple ? 1 + totalItems(x) : 1;
  return n;
}
