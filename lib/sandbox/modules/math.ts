// math: the float functions (domain errors as CPython words them) and the exact integer ones.
import { binaryOp } from "../runtime/arith";
import { toFloat } from "../runtime/builtins";
import { toInt } from "../runtime/coerce";
import { raise, typeError, valueError } from "../runtime/errors";
import { iterToArray } from "../runtime/iter";
import { fn, makeModule } from "../runtime/native";
import { norm } from "../runtime/num";
import { None, PyFloat, PyModule, PyObj, PyTuple, type PyValue } from "../runtime/value";
import { callValue } from "../runtime/call";
import { lookupType } from "../runtime/types";
import { mathExtras } from "./math-extra";

const F = (x: number) => new PyFloat(x);

/** math.floor/ceil/trunc of an object that defines __floor__/__ceil__/__trunc__ (Fraction,
 * Decimal): its own, exact answer. */
function viaDunder(x: PyValue, name: string): PyValue | undefined {
  if (!(x instanceof PyObj) || x instanceof PyFloat) return undefined;
  const f = lookupType(x.cls, name);
  return f === undefined ? undefined : callValue(f, [x], null);
}

export function makeMathModule(): PyModule {
  const f1 = (name: string, g: (x: number) => number) =>
    fn(name, ([x]) => {
      const r = g(toFloat(x!));
      if (Number.isNaN(r) && !Number.isNaN(toFloat(x!))) valueError("math domain error");
      return F(r);
    });
  const ints = (name: string, g: (a: bigint, b: bigint) => bigint) =>
    fn(name, (args) => {
      let acc = BigInt(toInt(args[0] ?? 0));
      for (const a of args.slice(1)) acc = g(acc, BigInt(toInt(a)));
      return norm(acc);
    });
  const gcd = (a: bigint, b: bigint): bigint => {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
  };
  return makeModule("math", {
    ...mathExtras(),
    pi: F(Math.PI),
    e: F(Math.E),
    tau: F(2 * Math.PI),
    inf: F(Infinity),
    nan: F(NaN),
    sqrt: f1("sqrt", (x) => (x < 0 ? NaN : Math.sqrt(x))),
    exp: fn("exp", ([x]) => {
      const v = toFloat(x!);
      const r = Math.exp(v);
      if (r === Infinity && Number.isFinite(v)) raise("OverflowError", "math range error");
      return F(r);
    }),
    log: fn("log", ([x, b]) => {
      const v = toFloat(x!);
      if (v <= 0) valueError("math domain error");
      return F(b === undefined ? Math.log(v) : Math.log(v) / Math.log(toFloat(b)));
    }),
    log2: f1("log2", Math.log2),
    log10: f1("log10", Math.log10),
    sin: f1("sin", Math.sin),
    cos: f1("cos", Math.cos),
    tan: f1("tan", Math.tan),
    asin: f1("asin", Math.asin),
    acos: f1("acos", Math.acos),
    atan: f1("atan", Math.atan),
    atan2: fn("atan2", ([a, b]) => F(Math.atan2(toFloat(a!), toFloat(b!)))),
    hypot: fn("hypot", (args) => F(Math.hypot(...args.map(toFloat)))),
    pow: fn("pow", ([a, b]) => F(Math.pow(toFloat(a!), toFloat(b!)))),
    fabs: f1("fabs", Math.abs),
    degrees: f1("degrees", (x) => (x * 180) / Math.PI),
    radians: f1("radians", (x) => (x * Math.PI) / 180),
    floor: fn("floor", ([x]) => (typeof x === "number" || typeof x === "bigint" ? x : (viaDunder(x!, "__floor__") ?? norm(BigInt(Math.floor(toFloat(x!))))))),
    ceil: fn("ceil", ([x]) => (typeof x === "number" || typeof x === "bigint" ? x : (viaDunder(x!, "__ceil__") ?? norm(BigInt(Math.ceil(toFloat(x!))))))),
    trunc: fn("trunc", ([x]) => (typeof x === "number" || typeof x === "bigint" ? x : (viaDunder(x!, "__trunc__") ?? norm(BigInt(Math.trunc(toFloat(x!))))))),
    isclose: fn("isclose", ([a, b], kw) => {
      const x = toFloat(a!);
      const y = toFloat(b!);
      const rel = kw?.get("rel_tol") !== undefined ? toFloat(kw.get("rel_tol")!) : 1e-9;
      const abs = kw?.get("abs_tol") !== undefined ? toFloat(kw.get("abs_tol")!) : 0;
      return x === y || Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
    }),
    isnan: fn("isnan", ([x]) => Number.isNaN(toFloat(x!))),
    isinf: fn("isinf", ([x]) => Math.abs(toFloat(x!)) === Infinity),
    isfinite: fn("isfinite", ([x]) => Number.isFinite(toFloat(x!))),
    factorial: fn("factorial", ([x]) => {
      if (x instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
      const n = Number(toInt(x!));
      if (n < 0) valueError("factorial() not defined for negative values");
      let r = 1n;
      for (let i = 2n; i <= BigInt(n); i++) r *= i;
      return norm(r);
    }),
    gcd: ints("gcd", gcd),
    lcm: ints("lcm", (a, b) => (a === 0n || b === 0n ? 0n : (a * b < 0n ? -(a * b) : a * b) / gcd(a, b))),
    comb: fn("comb", ([n, k]) => {
      const N = BigInt(toInt(n!));
      const K = BigInt(toInt(k!));
      if (K > N) return 0;
      let r = 1n;
      for (let i = 0n; i < K; i++) r = (r * (N - i)) / (i + 1n);
      return norm(r);
    }),
    perm: fn("perm", ([n, k]) => {
      const N = BigInt(toInt(n!));
      const K = k === undefined || k === None ? N : BigInt(toInt(k));
      let r = 1n;
      for (let i = 0n; i < K; i++) r *= N - i;
      return norm(r);
    }),
    isqrt: fn("isqrt", ([x]) => {
      const n = BigInt(toInt(x!));
      if (n < 0n) valueError("isqrt() argument must be nonnegative");
      if (n < 2n) return norm(n);
      // Newton's method from an estimate above the root (a float guess is only good to 16
      // digits, so big arguments need the iteration)
      let r = n < 2n ** 52n ? BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n : 1n << BigInt(Math.ceil(n.toString(2).length / 2));
      for (;;) {
        const next = (r + n / r) >> 1n;
        if (next >= r) break;
        r = next;
      }
      while (r * r > n) r--;
      while ((r + 1n) * (r + 1n) <= n) r++;
      return norm(r);
    }),
    prod: fn("prod", ([it], kw) => {
      let acc: PyValue = kw?.get("start") ?? 1;
      for (const x of iterToArray(it!)) acc = binaryOp(2, acc, x);
      return acc;
    }),
    fsum: fn("fsum", ([it]) => {
      // exact summation via Neumaier's algorithm (close to CPython's msum)
      let s = 0;
      let c = 0;
      for (const x of iterToArray(it!)) {
        const v = toFloat(x);
        const t = s + v;
        c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
        s = t;
      }
      return F(s + c);
    }),
    copysign: fn("copysign", ([a, b]) => {
      const x = Math.abs(toFloat(a!));
      const y = toFloat(b!);
      return F(y < 0 || Object.is(y, -0) ? -x : x);
    }),
    modf: fn("modf", ([x]) => {
      const v = toFloat(x!);
      const i = Math.trunc(v);
      return new PyTuple([F(v - i), F(i)]);
    }),
    fmod: fn("fmod", ([a, b]) => F(toFloat(a!) % toFloat(b!))),
    dist: fn("dist", ([p, q]) => {
      const a = iterToArray(p!).map(toFloat);
      const b = iterToArray(q!).map(toFloat);
      return F(Math.hypot(...a.map((x, i) => x - b[i]!)));
    }),
  });
}
