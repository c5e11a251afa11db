// sys, time, math, random modules.
import { raise, typeError, valueError } from "../runtime/errors";
import { fn } from "../runtime/native";
import { floatRepr, norm } from "../runtime/num";
import { callValue } from "../runtime/call";
import { toInt, toNum, typeName } from "../runtime/coerce";
import { iterToArray } from "../runtime/iter";
import { None, PyFloat, PyList, PyModule, PyObj, PyTuple, T, type PyValue } from "../runtime/value";
import { MODULES } from "./registry";
import { toFloat } from "../runtime/builtins";
import type { Program } from "../program";
import type { SimProcess } from "../sched/scheduler";

export function mod(name: string, entries: Record<string, PyValue>): PyModule {
  return new PyModule(name, new Map(Object.entries(entries)));
}
const F = (x: number) => new PyFloat(x);
const num = (v: PyValue): number => {
  const n = toNum(v);
  if (n === null) typeError(`must be real number, not ${typeName(v)}`);
  return n as number;
};

/** Virtual clock reads get a tiny monotonic increment so successive sleeps get distinct deadlines (FIFO wake-up). */
export function clockRead(proc: SimProcess): number {
  proc.now += 1e-9;
  return proc.now;
}

MODULES.sys = (prog, proc) => {
  const stdout = new PyObj(T.object);
  (stdout as PyObj & { isStdout: boolean }).isStdout = true;
  stdout.attrs = new Map<string, PyValue>([
    ["write", fn("write", ([s]) => (prog.write(s as string, false), (s as string).length))],
    ["flush", fn("flush", () => None)],
  ]);
  const stderr = new PyObj(T.object);
  (stderr as PyObj & { isStderr: boolean }).isStderr = true;
  stderr.attrs = new Map<string, PyValue>([
    ["write", fn("write", ([s]) => (prog.write(s as string, true), (s as string).length))],
    ["flush", fn("flush", () => None)],
  ]);
  return mod("sys", {
    getswitchinterval: fn("getswitchinterval", () => F(proc.switchInterval)),
    setswitchinterval: fn("setswitchinterval", ([x]) => {
      const v = num(x!);
      if (v <= 0) valueError("switch interval must be strictly positive");
      proc.switchInterval = v;
      return None;
    }),
    getrecursionlimit: fn("getrecursionlimit", () => prog.recursionLimit),
    setrecursionlimit: fn("setrecursionlimit", ([x]) => {
      prog.recursionLimit = Number(toInt(x!));
      return None;
    }),
    exit: fn("exit", ([c]) => {
      const e = callValue(prog.interp.builtins.get("SystemExit")!, c === undefined ? [] : [c], null);
      throw e;
    }),
    argv: new PyList([prog.opts.filename]),
    version: "3.11.7 (sandbox)",
    version_info: new PyTuple([3, 11, 7, "final", 0]),
    platform: "linux",
    maxsize: 9223372036854775807n,
    byteorder: "little",
    stdout,
    stderr,
    modules: None,
    getsizeof: fn("getsizeof", () => 64),
    intern: fn("intern", ([s]) => s!),
  });
};

MODULES.time = (prog, proc) => {
  const sleep = fn("sleep", ([d]) => {
    const secs = num(d!);
    if (secs < 0) valueError("sleep length must be non-negative");
    const th = prog.currentThread();
    const p = th.proc;
    prog.sched.addTimer(p, p.now + secs, () => prog.sched.wake(th, None));
    return prog.sched.block(th, `time.sleep(${floatRepr(secs)})`);
  });
  const now = () => F(clockRead(proc));
  return mod("time", {
    sleep,
    time: fn("time", () => F(1_700_000_000 + clockRead(proc))),
    perf_counter: fn("perf_counter", now),
    monotonic: fn("monotonic", now),
    process_time: fn("process_time", () => F(proc.busy)),
    thread_time: fn("thread_time", () => F(proc.busy)),
    time_ns: fn("time_ns", () => norm(BigInt(Math.round((1_700_000_000 + clockRead(proc)) * 1e9)))),
    perf_counter_ns: fn("perf_counter_ns", () => Math.round(clockRead(proc) * 1e9)),
    monotonic_ns: fn("monotonic_ns", () => Math.round(clockRead(proc) * 1e9)),
    strftime: fn("strftime", () => "2023-11-14 22:13:20"),
  });
};

MODULES.math = () => {
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
  return mod("math", {
    pi: F(Math.PI),
    e: F(Math.E),
    tau: F(2 * Math.PI),
    inf: F(Infinity),
    nan: F(NaN),
    sqrt: f1("sqrt", (x) => (x < 0 ? NaN : Math.sqrt(x))),
    exp: f1("exp", Math.exp),
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
    floor: fn("floor", ([x]) => (typeof x === "number" || typeof x === "bigint" ? x : norm(BigInt(Math.floor(toFloat(x!)))))),
    ceil: fn("ceil", ([x]) => (typeof x === "number" || typeof x === "bigint" ? x : norm(BigInt(Math.ceil(toFloat(x!)))))),
    trunc: fn("trunc", ([x]) => (typeof x === "number" || typeof x === "bigint" ? x : norm(BigInt(Math.trunc(toFloat(x!)))))),
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
    lcm: ints("lcm", (a, b) => (a === 0n || b === 0n ? 0n : ((a * b < 0n ? -(a * b) : a * b) / gcd(a, b)))),
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
      let r = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (r * r > n) r--;
      while ((r + 1n) * (r + 1n) <= n) r++;
      return norm(r);
    }),
    prod: fn("prod", ([it], kw) => {
      let acc: PyValue = kw?.get("start") ?? 1;
      for (const x of iterToArray(it!)) acc = (require_arith().binaryOp)(2, acc, x);
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
};

import * as arith from "../runtime/arith";
function require_arith() {
  return arith;
}

// ---------- random: a Mersenne Twister seeded like CPython's random.seed(int) ----------
class MT19937 {
  mt = new Uint32Array(624);
  idx = 625;
  seedArray(key: number[]): void {
    const mt = this.mt;
    mt[0] = 19650218;
    for (let i = 1; i < 624; i++) mt[i] = (Math.imul(1812433253, mt[i - 1]! ^ (mt[i - 1]! >>> 30)) + i) >>> 0;
    this.idx = 624;
    let i = 1;
    let j = 0;
    const n = 624;
    for (let k = Math.max(n, key.length); k > 0; k--) {
      mt[i] = ((mt[i]! ^ Math.imul(mt[i - 1]! ^ (mt[i - 1]! >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= n) {
        mt[0] = mt[n - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = n - 1; k > 0; k--) {
      mt[i] = ((mt[i]! ^ Math.imul(mt[i - 1]! ^ (mt[i - 1]! >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= n) {
        mt[0] = mt[n - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }
  seed(n: bigint): void {
    let a = n < 0n ? -n : n;
    const key: number[] = [];
    if (a === 0n) key.push(0);
    while (a > 0n) {
      key.push(Number(a & 0xffffffffn));
      a >>= 32n;
    }
    this.seedArray(key);
  }
  next32(): number {
    const mt = this.mt;
    if (this.idx >= 624) {
      for (let k = 0; k < 624; k++) {
        const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % 624]! & 0x7fffffff);
        mt[k] = (mt[(k + 397) % 624]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
      }
      this.idx = 0;
    }
    let y = mt[this.idx++]!;
    y ^= y >>> 11;
    y = (y ^ ((y << 7) & 0x9d2c5680)) >>> 0;
    y = (y ^ ((y << 15) & 0xefc60000)) >>> 0;
    y ^= y >>> 18;
    return y >>> 0;
  }
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
  getrandbits(k: number): bigint {
    if (k <= 32) return BigInt(this.next32() >>> (32 - k));
    let r = 0n;
    let shift = 0n;
    let left = k;
    while (left > 0) {
      let w = this.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
      left -= 32;
    }
    return r;
  }
  randbelow(n: number): number {
    if (n <= 0) return 0;
    const k = n.toString(2).length;
    let r = Number(this.getrandbits(k));
    while (r >= n) r = Number(this.getrandbits(k));
    return r;
  }
}

MODULES.random = (prog) => {
  const rng = new MT19937();
  rng.seed(BigInt(prog.opts.seed));
  const seq = (v: PyValue) => iterToArray(v);
  const randrange = (a: number, b?: number, step = 1): number => {
    if (b === undefined) {
      if (a <= 0) valueError("empty range for randrange()");
      return rng.randbelow(a);
    }
    const width = b - a;
    if (step === 1) {
      if (width <= 0) valueError(`empty range for randrange() (${a}, ${b}, ${width})`);
      return a + rng.randbelow(width);
    }
    const n = Math.ceil(width / step);
    if (n <= 0) valueError("empty range for randrange()");
    return a + step * rng.randbelow(n);
  };
  return mod("random", {
    seed: fn("seed", ([s]) => {
      const v = s === undefined || s === None ? BigInt(prog.opts.seed) : typeof s === "string" ? BigInt([...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 2 ** 31, 7)) : BigInt(toInt(s instanceof PyFloat ? Math.trunc(s.v) : s));
      rng.seed(v);
      return None;
    }),
    random: fn("random", () => F(rng.random())),
    uniform: fn("uniform", ([a, b]) => {
      const x = toFloat(a!);
      const y = toFloat(b!);
      return F(x + (y - x) * rng.random());
    }),
    randint: fn("randint", ([a, b]) => randrange(Number(toInt(a!)), Number(toInt(b!)) + 1)),
    randrange: fn("randrange", ([a, b, s]) => randrange(Number(toInt(a!)), b === undefined ? undefined : Number(toInt(b)), s === undefined ? 1 : Number(toInt(s)))),
    choice: fn("choice", ([s]) => {
      const items = seq(s!);
      if (!items.length) raise("IndexError", "Cannot choose from an empty sequence");
      return items[rng.randbelow(items.length)]!;
    }),
    choices: fn("choices", ([s], kw) => {
      const items = seq(s!);
      const k = Number(toInt(kw?.get("k") ?? 1));
      const weights = kw?.get("weights");
      const out: PyValue[] = [];
      if (weights !== undefined && weights !== None) {
        const w = seq(weights).map(toFloat);
        const cum: number[] = [];
        let acc = 0;
        for (const x of w) cum.push((acc += x));
        for (let i = 0; i < k; i++) {
          const r = rng.random() * acc;
          let j = 0;
          while (j < cum.length - 1 && !(r < cum[j]!)) j++;
          out.push(items[j]!);
        }
        return new PyList(out);
      }
      for (let i = 0; i < k; i++) out.push(items[Math.floor(rng.random() * items.length)]!);
      return new PyList(out);
    }),
    shuffle: fn("shuffle", ([l]) => {
      const items = (l as PyList).items;
      for (let i = items.length - 1; i > 0; i--) {
        const j = rng.randbelow(i + 1);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return None;
    }),
    sample: fn("sample", ([s, k]) => {
      const pool = seq(s!).slice();
      const n = Number(toInt(k!));
      if (n > pool.length) valueError("Sample larger than population or is negative");
      const out: PyValue[] = [];
      for (let i = 0; i < n; i++) {
        const j = rng.randbelow(pool.length - i);
        out.push(pool[j]!);
        pool[j] = pool[pool.length - i - 1]!;
      }
      return new PyList(out);
    }),
    gauss: fn("gauss", ([m, s]) => {
      const u1 = rng.random();
      const u2 = rng.random();
      return F(toFloat(m ?? 0) + toFloat(s ?? F(1)) * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2));
    }),
    expovariate: fn("expovariate", ([l]) => F(-Math.log(1 - rng.random()) / toFloat(l!))),
    getrandbits: fn("getrandbits", ([k]) => norm(rng.getrandbits(Number(toInt(k!))))),
  });
};
export type { Program };
