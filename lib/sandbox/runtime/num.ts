// Integer and float arithmetic with Python semantics (floor division, modulo sign, big ints).
import { chargeIntDiv, chargeIntMul, chargeIntPow, chargeIntPowMod, chargeIntShift } from "./big-work";
import { raise } from "./errors";

export type Int = number | bigint;
const MAX = 9007199254740991;

export function norm(b: bigint): Int {
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
}
export const big = (a: Int): bigint => (typeof a === "bigint" ? a : BigInt(a));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  chargeIntMul(a, b);
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) raise("ZeroDivisionError", "integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const q = Math.floor(a / b);
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
      // correct the rare off-by-one from the rounded float quotient
      const r = a - q * b;
      if (r !== 0 && r < 0 !== b < 0) return q - 1;
      if ((b > 0 && r >= b) || (b < 0 && r <= b)) return q + 1;
      return q === 0 ? 0 : q;
    }
  }
  chargeIntDiv(a, b);
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if (A % B !== 0n && A < 0n !== B < 0n) q -= 1n;
  return norm(q);
}
export function intMod(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) raise("ZeroDivisionError", "integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r === 0 ? 0 : r;
  }
  chargeIntDiv(a, b);
  const B = big(b);
  let r = big(a) % B;
  if (r !== 0n && r < 0n !== B < 0n) r += B;
  return norm(r);
}
export function intPow(a: Int, b: Int): Int | null {
  // null → negative exponent, caller produces a float
  if (typeof b === "number" ? b < 0 : b < 0n) return null;
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (Math.abs(r) < 2 ** 31) return r;
  }
  chargeIntPow(a, b);
  return norm(big(a) ** big(b));
}
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let base = big(a);
  let e = big(b);
  const mod = big(m);
  if (mod === 0n) raise("ValueError", "pow() 3rd argument cannot be 0");
  chargeIntPowMod(b, m);
  if (e < 0n) {
    // modular inverse (Python 3.8+)
    let [r0, r1, s0, s1] = [((base % mod) + mod) % mod, mod < 0n ? -mod : mod, 1n, 0n];
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1n) raise("ValueError", "base is not invertible for the given modulus");
    base = ((s0 % mod) + mod) % mod;
    e = -e;
  }
  let result = 1n;
  base = ((base % mod) + mod) % mod;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (result !== 0n && result < 0n !== mod < 0n) result += mod;
  return norm(result);
}
const isSmall32 = (a: Int): a is number => typeof a === "number" && a >= -2147483648 && a <= 2147483647;
export function intBit(op: "&" | "|" | "^" | "<<" | ">>", a: Int, b: Int): Int {
  if (op === "<<" || op === ">>") {
    if (typeof b === "number" ? b < 0 : b < 0n) raise("ValueError", "negative shift count");
    if (op === ">>") {
      if (isSmall32(a) && typeof b === "number") return b >= 32 ? (a < 0 ? -1 : 0) : a >> b;
      return norm(big(a) >> big(b));
    }
    chargeIntShift(a, b);
    return norm(big(a) << big(b));
  }
  if (isSmall32(a) && isSmall32(b)) return op === "&" ? a & b : op === "|" ? a | b : a ^ b;
  const A = big(a);
  const B = big(b);
  return norm(op === "&" ? A & B : op === "|" ? A | B : A ^ B);
}
/** a / b correctly rounded, as CPython's int true division is (converting both to floats
 * first would round twice): about 55 quotient bits and a sticky bit, then one rounding. */
export function intTrueDiv(a: bigint, b: bigint): number {
  const negative = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x === 0n) return negative ? -0 : 0;
  if (x <= 9007199254740992n && y <= 9007199254740992n) return Number(a) / Number(b);
  const shift = 55 - (x.toString(2).length - y.toString(2).length);
  const top = shift >= 0 ? x << BigInt(shift) : x;
  const bottom = shift >= 0 ? y : y << BigInt(-shift);
  let q = top / bottom;
  if (top % bottom !== 0n) q |= 1n;
  let r = Number(q);
  // scale by 2**-shift in steps a float can hold exactly
  let s = shift;
  while (s > 1000) {
    r *= 2 ** -1000;
    s -= 1000;
  }
  while (s < -1000) {
    r *= 2 ** 1000;
    s += 1000;
  }
  r *= 2 ** -s;
  if (!Number.isFinite(r)) raise("OverflowError", "integer division result too large for a float");
  return negative ? -r : r;
}

export function intToFloat(a: Int): number {
  const f = Number(a);
  if (!Number.isFinite(f)) raise("OverflowError", "int too large to convert to float");
  return f;
}
export function floatMod(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float modulo");
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r;
}
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float floor division by zero");
  return Math.floor(a / b);
}
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b)) raise("ValueError", "complex results are not supported by the sandbox");
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise("OverflowError", "(34, 'Numerical result out of range')");
  return r;
}

/** Python repr() of a float: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const e = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? "");
  const exp = parseInt(m[4]!, 10);
  if (exp >= 16 || exp < -4) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp >= 0) {
    if (digits.length <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length) + ".0";
    return sign + digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return sign + "0." + "0".repeat(-exp - 1) + digits;
}

/** Exact decimal expansion of a finite double: [digits, pointPosition] (value = 0.digits * 10^point). */
function exactDecimal(x: number): { neg: boolean; int: string; frac: string } {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (a >= 1e21) return { neg, int: BigInt(a).toString(), frac: "" };
  const s = a.toFixed(100);
  const [i, f] = s.split(".");
  return { neg, int: i!, frac: (f ?? "").replace(/0+$/, "") };
}

/** Round |x| to `nd` fraction digits, half-even on the exact binary value (as CPython). */
export function toFixedPy(x: number, nd: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const d = exactDecimal(x);
  const frac = d.frac.padEnd(nd + 1, "0");
  const keep = d.int + frac.slice(0, nd);
  const rest = frac.slice(nd);
  let roundUp = false;
  if (rest[0]! > "5") roundUp = true;
  else if (rest[0] === "5") {
    if (/[1-9]/.test(rest.slice(1))) roundUp = true;
    else roundUp = (parseInt(keep[keep.length - 1] ?? "0", 10) & 1) === 1;
  }
  let digits = keep;
  if (roundUp) digits = (BigInt(keep) + 1n).toString().padStart(keep.length, "0");
  const intLen = digits.length - nd;
  let out = nd > 0 ? digits.slice(0, intLen) + "." + digits.slice(intLen) : digits;
  if (intLen <= 0) out = "0" + out;
  out = out.replace(/^0+(?=\d)/, "");
  return (d.neg ? "-" : "") + out;
}

/** Python round(x, n) for floats. */
export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x)) return x;
  if (nd > 300) return x;
  if (nd < -300) return 0;
  if (nd >= 0) return parseFloat(toFixedPy(x, nd));
  const p = 10 ** -nd;
  const y = x / p;
  let r = Math.round(y);
  if (Math.abs(y % 1) === 0.5) r = 2 * Math.round(y / 2);
  return r * p;
}

/** JavaScript's toExponential breaks an exact tie upwards (1234.5 to 3 digits: 1.235e+3) where
 * CPython rounds it to even (1.234e+03); this gives the even result in JavaScript's form when the
 * digits kept end even, and null otherwise (no tie, or rounding up is right). */
function expBreakingTiesToEven(x: number, nd: number): string | null {
  if (x === 0) return null;
  const d = exactDecimal(x);
  const lead = d.int !== "0" ? 0 : d.frac.length - d.frac.replace(/^0+/, "").length;
  const digits = (d.int + d.frac).replace(/^0+/, "").replace(/0+$/, "");
  if (digits.length !== nd + 2 || digits[nd + 1] !== "5" || Number(digits[nd]) % 2 === 1) return null;
  const exp = d.int !== "0" ? d.int.length - 1 : -(lead + 1);
  const kept = digits.slice(0, nd + 1);
  return `${d.neg ? "-" : ""}${kept[0]}${nd > 0 ? "." + kept.slice(1) : ""}e${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

/** %e formatting with Python's exponent (at least two digits). */
export function toExpPy(x: number, nd: number, upper = false): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const s = expBreakingTiesToEven(x, nd) ?? x.toExponential(nd);
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s)!;
  const out = `${m[1]}e${m[2]}${m[3]!.padStart(2, "0")}`;
  return upper ? out.toUpperCase() : out;
}

/** %g formatting. */
export function toGeneralPy(x: number, prec: number, alt: boolean, upper = false): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return alt ? "0." + "0".repeat(p - 1) : Object.is(x, -0) ? "-0" : "0";
  const exp = parseInt(x.toExponential(p - 1).split("e")[1]!, 10);
  let s: string;
  if (exp >= -4 && exp < p) {
    s = toFixedPy(x, p - 1 - exp);
    if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
  } else {
    s = toExpPy(x, p - 1, upper);
    if (!alt) s = s.replace(/\.?0+e/, "e");
  }
  return upper ? s.toUpperCase() : s;
}
