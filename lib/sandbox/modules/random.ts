// random: a Mersenne Twister seeded like CPython's random.seed(int), so seeded programs draw the
// same numbers as CPython; the run's `seed` option seeds it.
import { pyHashBig } from "../runtime/py-hash";
import type { Program } from "../program";
import { toFloat } from "../runtime/builtins";
import { toInt, typeName } from "../runtime/coerce";
import { raise, typeError, valueError } from "../runtime/errors";
import { iterToArray } from "../runtime/iter";
import { fn, makeModule, methods } from "../runtime/native";
import { makeType } from "../runtime/types";
import { norm } from "../runtime/num";
import { None, PyFloat, PyList, PyModule, PyObj, PyType, T, type NativeFn, type PyValue } from "../runtime/value";

const F = (x: number) => new PyFloat(x);

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

/** The draws of one generator (the module's own, or a random.Random instance's), each as a
 * native taking the Python arguments; `defaultSeed` is what seed() with no argument uses. */
function makeDraws(defaultSeed: bigint): Record<string, NativeFn> {
  const rng = new MT19937();
  rng.seed(defaultSeed);
  let gaussNext: number | null = null;
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
  return {
    seed: ([s]) => {
      // a float seeds with its hash(), as CPython's random_seed does for non-ints
      const v =
        s === undefined || s === None
          ? defaultSeed
          : typeof s === "string"
            ? BigInt([...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 2 ** 31, 7))
            : s instanceof PyFloat
              ? (pyHashBig(s) ?? 0n)
              : BigInt(toInt(s));
      rng.seed(v);
      gaussNext = null;
      return None;
    },
    random: () => F(rng.random()),
    uniform: ([a, b]) => {
      const x = toFloat(a!);
      const y = toFloat(b!);
      return F(x + (y - x) * rng.random());
    },
    randint: ([a, b]) => randrange(Number(toInt(a!)), Number(toInt(b!)) + 1),
    randrange: ([a, b, s]) => randrange(Number(toInt(a!)), b === undefined ? undefined : Number(toInt(b)), s === undefined ? 1 : Number(toInt(s))),
    choice: ([s]) => {
      const items = seq(s!);
      if (!items.length) raise("IndexError", "Cannot choose from an empty sequence");
      return items[rng.randbelow(items.length)]!;
    },
    choices: ([s], kw) => {
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
    },
    shuffle: ([l]) => {
      const items = (l as PyList).items;
      for (let i = items.length - 1; i > 0; i--) {
        const j = rng.randbelow(i + 1);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return None;
    },
    sample: ([s, kk]) => {
      const population = seq(s!);
      const n = population.length;
      const k = Number(toInt(kk!));
      if (k < 0 || k > n) valueError("Sample larger than population or is negative");
      const out: PyValue[] = [];
      // CPython picks from a shrinking pool for small populations, and redraws repeated indices
      // (remembered in a set) for large ones
      let setsize = 21;
      if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
      if (n <= setsize) {
        const pool = population.slice();
        for (let i = 0; i < k; i++) {
          const j = rng.randbelow(n - i);
          out.push(pool[j]!);
          pool[j] = pool[n - i - 1]!;
        }
      } else {
        const selected = new Set<number>();
        for (let i = 0; i < k; i++) {
          let j = rng.randbelow(n);
          while (selected.has(j)) j = rng.randbelow(n);
          selected.add(j);
          out.push(population[j]!);
        }
      }
      return new PyList(out);
    },
    gauss: ([m, s]) => {
      // two normal deviates per pair of draws, the second kept for the next call (as CPython)
      let z = gaussNext;
      gaussNext = null;
      if (z === null) {
        const x2pi = rng.random() * 2 * Math.PI;
        const g2rad = Math.sqrt(-2 * Math.log(1 - rng.random()));
        z = Math.cos(x2pi) * g2rad;
        gaussNext = Math.sin(x2pi) * g2rad;
      }
      return F(toFloat(m ?? 0) + z * toFloat(s ?? F(1)));
    },
    expovariate: ([l]) => F(-Math.log(1 - rng.random()) / toFloat(l!)),
    getrandbits: ([k]) => norm(rng.getrandbits(Number(toInt(k!)))),
  };
}

export function makeRandomModule(prog: Program): PyModule {
  const defaultSeed = BigInt(prog.opts.seed);
  const draws = makeDraws(defaultSeed);
  const entries: Record<string, PyValue> = {};
  for (const [name, f] of Object.entries(draws)) entries[name] = fn(name, f);
  entries.Random = makeRandomClass(defaultSeed);
  return makeModule("random", entries);
}

/** random.Random: each instance draws from its own generator, apart from the module's. */
function makeRandomClass(defaultSeed: bigint): PyType {
  const cls = makeType("Random", [T.object]);
  cls.module = "random";
  const generators = new WeakMap<PyObj, Record<string, NativeFn>>();
  const drawsOf = (self: PyValue): Record<string, NativeFn> => {
    if (!(self instanceof PyObj)) return typeError(`descriptor requires a 'random.Random' object but received a '${typeName(self)}'`);
    let found = generators.get(self);
    if (found === undefined) generators.set(self, (found = makeDraws(defaultSeed)));
    return found;
  };
  const defs: Record<string, NativeFn> = {
    __init__: (args) => {
      const draws = makeDraws(defaultSeed);
      generators.set(args[0] as PyObj, draws);
      return draws.seed!(args.slice(1, 2), null);
    },
  };
  for (const name of Object.keys(makeDraws(defaultSeed))) defs[name] = (args, kw) => drawsOf(args[0]!)[name]!(args.slice(1), kw);
  methods(cls, defs);
  return cls;
}
