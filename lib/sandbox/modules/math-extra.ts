// The rest of math's float functions (error function, gamma, hyperbolic functions, the
// floating-point decomposition helpers): the JavaScript Math object lacks several of them, so
// they are computed here, to within an ulp or so of the C library CPython calls.
import { toFloat } from "../runtime/builtins";
import { toInt } from "../runtime/coerce";
import { raise, valueError } from "../runtime/errors";
import { fn } from "../runtime/native";
import { PyFloat, PyTuple, type PyBuiltin } from "../runtime/value";

const F = (x: number) => new PyFloat(x);
const SQRT_PI = Math.sqrt(Math.PI);

/** erf for |x| < 3: 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)); all terms positive. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}

/** erfc for x >= 3 by its continued fraction (modified Lentz). */
function erfcFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * SQRT_PI);
}

function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 3) return erfSeries(x);
  const r = 1 - erfcFraction(ax);
  return x < 0 ? -r : r;
}

function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0.5) return 1 - erf(x);
  if (x < 3) return 1 - erfSeries(x);
  return erfcFraction(x);
}

// Lanczos approximation (g = 7, n = 9)
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function gamma(x: number): number {
  if (Number.isInteger(x)) {
    if (x <= 0) valueError("math domain error");
    if (x <= 23) {
      let r = 1;
      for (let k = 2; k < x; k++) r *= k;
      return r;
    }
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const y = x - 1;
  let a = LANCZOS[0]!;
  const t = y + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k]! / (y + k);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, y + 0.5) * Math.exp(-t) * a;
}

function lgamma(x: number): number {
  if (Number.isInteger(x) && x <= 0) valueError("math domain error");
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  if (x < 20) return Math.log(Math.abs(gamma(x)));
  const y = x - 1;
  let a = LANCZOS[0]!;
  const t = y + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k]! / (y + k);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = y > x === x > 0;
  return fromBits(up ? b + 1n : b - 1n);
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let m = x * Math.pow(2, -e);
  // log2 can be off by one near powers of two
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  return [m, e];
}

function ldexp(x: number, i: number): number {
  // scale in steps so that neither the factor nor an intermediate over/underflows early
  while (i > 1000) {
    x *= 2 ** 1000;
    i -= 1000;
  }
  while (i < -1000) {
    x *= 2 ** -1000;
    i += 1000;
  }
  return x * 2 ** i;
}

function ieeeRemainder(x: number, y: number): number {
  if (!Number.isFinite(x) || y === 0) valueError("math domain error");
  if (!Number.isFinite(y)) return x;
  const r = x % y;
  const ay = Math.abs(y);
  const ar = Math.abs(r);
  if (ar * 2 < ay) return r;
  if (ar * 2 > ay) return r - Math.sign(r) * ay;
  // a tie: the quotient rounds to even
  const q = Math.round((x - r) / y);
  return q % 2 === 0 ? r : r - Math.sign(r) * ay;
}

export function mathExtras(): Record<string, PyBuiltin> {
  const f1 = (name: string, g: (x: number) => number, domain?: (x: number) => boolean) =>
    fn(name, ([x]) => {
      const v = toFloat(x!);
      if (domain && !domain(v)) valueError("math domain error");
      const r = g(v);
      if (Number.isNaN(r) && !Number.isNaN(v)) valueError("math domain error");
      if (!Number.isFinite(r) && Number.isFinite(v)) raise("OverflowError", "math range error");
      return F(r);
    });
  return {
    erf: f1("erf", erf),
    erfc: f1("erfc", erfc),
    gamma: f1("gamma", gamma),
    lgamma: f1("lgamma", lgamma),
    expm1: f1("expm1", Math.expm1),
    log1p: f1("log1p", Math.log1p, (v) => v > -1),
    sinh: f1("sinh", Math.sinh),
    cosh: f1("cosh", Math.cosh),
    tanh: f1("tanh", Math.tanh),
    asinh: f1("asinh", Math.asinh),
    acosh: f1("acosh", Math.acosh, (v) => v >= 1),
    atanh: f1("atanh", Math.atanh, (v) => v > -1 && v < 1),
    cbrt: f1("cbrt", Math.cbrt),
    exp2: f1("exp2", (v) => 2 ** v),
    frexp: fn("frexp", ([x]) => {
      const [m, e] = frexp(toFloat(x!));
      return new PyTuple([F(m), e]);
    }),
    ldexp: fn("ldexp", ([x, i]) => F(ldexp(toFloat(x!), Number(toInt(i!))))),
    nextafter: fn("nextafter", ([x, y]) => F(nextafter(toFloat(x!), toFloat(y!)))),
    ulp: fn("ulp", ([x]) => {
      const v = Math.abs(toFloat(x!));
      if (!Number.isFinite(v)) return F(v);
      return F(nextafter(v, Infinity) - v);
    }),
    remainder: fn("remainder", ([x, y]) => F(ieeeRemainder(toFloat(x!), toFloat(y!)))),
  };
}
