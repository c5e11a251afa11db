// complex: arithmetic as CPython 3.11's Objects/complexobject.c does it (an int or float operand
// becomes a complex with a zero imaginary part; Smith's division; small integer powers by repeated
// squaring, others in polar form), the constructor (numbers and strings), repr and format.
import { raise, typeError } from "./errors";
import { floatRepr } from "./num";
import { PyComplex, PyFloat, type PyValue } from "./value";

export type C = { re: number; im: number };

/** an int, bool, float or complex as a complex, or null */
export function asComplex(v: PyValue): C | null {
  if (v instanceof PyComplex) return { re: v.re, im: v.im };
  if (v instanceof PyFloat) return { re: v.v, im: 0 };
  if (typeof v === "number") return { re: v, im: 0 };
  if (typeof v === "boolean") return { re: v ? 1 : 0, im: 0 };
  if (typeof v === "bigint") {
    const x = Number(v);
    if (!Number.isFinite(x)) raise("OverflowError", "int too large to convert to float");
    return { re: x, im: 0 };
  }
  return null;
}

const mk = (c: C): PyComplex => new PyComplex(c.re, c.im);

function prod(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** Smith's algorithm, as _Py_c_quot; null for division by zero */
function quot(a: C, b: C): C | null {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  // a NaN in b
  return { re: NaN, im: NaN };
}

/** c_powu: binary exponentiation for a non-negative integer power */
function powUnsigned(x: C, n: number): C {
  let r: C = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

function powZeroError(): never {
  return raise("ZeroDivisionError", "0.0 to a negative or complex power");
}

/** _Py_c_pow: polar form */
function powPolar(a: C, b: C): C {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) powZeroError();
    return { re: 0, im: 0 };
  }
  const vabs = Math.hypot(a.re, a.im);
  let len = Math.pow(vabs, b.re);
  const at = Math.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= Math.exp(at * b.im);
    phase += b.im * Math.log(vabs);
  }
  return { re: len * Math.cos(phase), im: len * Math.sin(phase) };
}

export function complexPow(a: C, b: C): PyComplex {
  let r: C;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    if (n >= 0) r = powUnsigned(a, n);
    else {
      const q = quot({ re: 1, im: 0 }, powUnsigned(a, -n));
      if (q === null) powZeroError();
      r = q!;
    }
  } else r = powPolar(a, b);
  if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) {
    if (Number.isFinite(a.re) && Number.isFinite(a.im) && Number.isFinite(b.re) && Number.isFinite(b.im) && !Number.isNaN(r.re) && !Number.isNaN(r.im))
      raise("OverflowError", "complex exponentiation");
  }
  return mk(r);
}

/** a binary operator (BINOPS index) with a complex operand; null when the operator does not apply */
export function complexBinary(op: number, a: PyValue, b: PyValue): PyValue | null {
  const x = asComplex(a);
  const y = asComplex(b);
  if (x === null || y === null) return null;
  switch (op) {
    case 0:
      return mk({ re: x.re + y.re, im: x.im + y.im });
    case 1:
      return mk({ re: x.re - y.re, im: x.im - y.im });
    case 2:
      return mk(prod(x, y));
    case 3: {
      const q = quot(x, y);
      if (q === null) raise("ZeroDivisionError", "complex division by zero");
      return mk(q!);
    }
    case 6:
      return complexPow(x, y);
  }
  return null;
}

export function complexAbs(c: PyComplex): PyFloat {
  const r = Math.hypot(c.re, c.im);
  if (r === Infinity && Number.isFinite(c.re) && Number.isFinite(c.im)) raise("OverflowError", "absolute value too large");
  return new PyFloat(r);
}

/** a part of a complex as repr writes it: the float's repr without the ".0" an integral float gets */
function part(x: number, signed: boolean): string {
  let s = floatRepr(x);
  if (s.endsWith(".0")) s = s.slice(0, -2);
  if (signed && !s.startsWith("-")) s = "+" + s;
  return s;
}

export function complexRepr(c: PyComplex): string {
  // a real part of +0.0 is left out, and so are the parentheses
  if (c.re === 0 && !Object.is(c.re, -0)) return part(c.im, false) + "j";
  return `(${part(c.re, false)}${part(c.im, true)}j)`;
}

/** complex(real=0, imag=0), and complex("1+2j") */
export function newComplex(real: PyValue | undefined, imag: PyValue | undefined): PyComplex {
  if (typeof real === "string") {
    if (imag !== undefined) typeError("complex() can't take second arg if first is a string");
    return parseComplex(real);
  }
  if (typeof imag === "string") typeError("complex() second arg can't be a string");
  const r = real === undefined ? { re: 0, im: 0 } : asComplex(real);
  if (r === null) typeError(`complex() first argument must be a string or a number, not '${typeNameOf(real!)}'`);
  const i = imag === undefined ? { re: 0, im: 0 } : asComplex(imag);
  if (i === null) typeError(`complex() second argument must be a number, not '${typeNameOf(imag!)}'`);
  // real + imag*1j, where a complex imag contributes its own real part to the imaginary one; as in
  // CPython only a complex operand adds a part, so complex(-1.0, -0.0) keeps its negative zero
  const re = imag instanceof PyComplex ? r!.re - i!.im : r!.re;
  const im = real instanceof PyComplex && imag !== undefined ? r!.im + i!.re : imag === undefined ? r!.im : i!.re;
  return new PyComplex(re, im);
}

function typeNameOf(v: PyValue): string {
  if (typeof v === "string") return "str";
  if (typeof v === "object" && v !== null) return v.cls.name;
  return typeof v;
}

const NUM = String.raw`(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf(?:inity)?|nan)`;
const COMPLEX_RE = new RegExp(String.raw`^\s*\(?\s*(?:([+-]?${NUM})(?:([+-])(${NUM})?[jJ])?|([+-]?${NUM})?[jJ]|([+-])[jJ])\s*\)?\s*$`, "i");

function parseComplex(s: string): PyComplex {
  const text = s.trim();
  // parentheses must come in pairs
  if (text.startsWith("(") !== text.endsWith(")")) raise("ValueError", "complex() arg is a malformed string");
  const m = COMPLEX_RE.exec(s);
  if (m === null) return raise("ValueError", "complex() arg is a malformed string");
  const num = (x: string): number => {
    const t = x.replace(/_/g, "").toLowerCase();
    const sign = t.startsWith("-") ? -1 : 1;
    const body = t.replace(/^[+-]/, "");
    if (body.startsWith("inf")) return sign * Infinity;
    if (body === "nan") return NaN;
    return sign * Number(body);
  };
  if (m[1] !== undefined) {
    const re = num(m[1]);
    if (m[2] === undefined) return new PyComplex(re, 0);
    const im = m[3] === undefined ? 1 : num(m[3]);
    return new PyComplex(re, m[2] === "-" ? -im : im);
  }
  if (m[4] !== undefined) return new PyComplex(0, num(m[4]));
  if (m[5] !== undefined) return new PyComplex(0, m[5] === "-" ? -1 : 1);
  return new PyComplex(0, 1);
}
