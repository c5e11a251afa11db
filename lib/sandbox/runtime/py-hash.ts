// CPython 3.11's hash() for the values whose hash does not depend on where an object lives: int,
// bool, float, complex, str and bytes (SipHash-1-3 under the PYTHONHASHSEED key, siphash.ts), and
// tuples and frozensets of those. The set table (set-table.ts) probes with it, so sets print in the
// order `PYTHONHASHSEED=N python3` prints them, and hash() returns the same numbers.
//
// None, NaN and plain objects hash by address in CPython 3.11, so they have no fixed hash; the
// functions here answer false/null for them.
import { sipHash13, sipHi, sipLo } from "./siphash";
import { PyBytes, PyComplex, PyFloat, PySet, PyTuple, type PyType, T, type PyValue } from "./value";

/** the hash loaded by the last successful loadPyHash, as unsigned 32-bit halves of the 64-bit Py_hash_t */
export let hashLo = 0;
export let hashHi = 0;

const MODULUS = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;

/** Loads CPython's hash of `v` into hashLo/hashHi; false when it has none that is the same in every process. */
export function loadPyHash(v: PyValue): boolean {
  if (typeof v === "number") {
    loadNumber(v === -1 ? -2 : v);
    return true;
  }
  if (typeof v === "string") {
    hashText(v, false);
    return true;
  }
  if (typeof v === "boolean") {
    hashLo = v ? 1 : 0;
    hashHi = 0;
    return true;
  }
  const h = pyHashBig(v);
  if (h === null) return false;
  const u = BigInt.asUintN(64, h);
  hashLo = Number(u & 0xffffffffn);
  hashHi = Number(u >> 32n);
  return true;
}

function loadNumber(h: number): void {
  hashLo = h >>> 0;
  hashHi = Math.floor(h / 4294967296) >>> 0;
}

/** hashes a value pyHashBig has no fixed hash for (an object, None, NaN, a tuple subclass with its own __hash__) */
export type LeafHash = (v: PyValue) => bigint | null;

/** CPython's hash of `v` as a signed 64-bit value; null when it has no fixed one and `leaf` gives none either. */
export function pyHashBig(v: PyValue, leaf: LeafHash | null = null): bigint | null {
  switch (typeof v) {
    case "number":
      return BigInt(v === -1 ? -2 : v);
    case "boolean":
      return v ? 1n : 0n;
    case "bigint":
      return intHash(v);
    case "string":
      hashText(v, false);
      return loadedSigned();
  }
  if (v instanceof PyFloat) {
    const h = floatHash(v.v);
    return h === null && leaf !== null ? leaf(v) : h;
  }
  if (v instanceof PyBytes && v.cls === T.bytes) {
    hashText(v.v, true);
    return loadedSigned();
  }
  if (v instanceof PyTuple && (v.cls === T.tuple || !ownHash(v.cls))) return tupleHash(v.items, leaf);
  if (v instanceof PySet && v.cls === T.frozenset) return frozensetHash(v, leaf);
  if (v instanceof PyComplex && v.cls === T.complex) return complexHash(v.re, v.im);
  return leaf === null ? null : leaf(v);
}

/** a tuple subclass (a namedtuple, say) that defines its own __hash__ somewhere above tuple */
function ownHash(cls: PyType): boolean {
  for (const t of cls.mro) {
    if (t === T.tuple) return false;
    if (t.dict.has("__hash__")) return true;
  }
  return false;
}

function loadedSigned(): bigint {
  return BigInt.asIntN(64, (BigInt(hashHi) << 32n) | BigInt(hashLo));
}

/** int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2 (it means "error" in C) */
export function intHash(v: bigint): bigint {
  const h = v < 0n ? -(-v % MODULUS) : v % MODULUS;
  return h === -1n ? -2n : h;
}

/** float: the rational value m / 2**k taken modulo 2**61 - 1 (2**61 = 1 there, so 1/2**k = 2**(61 - k mod 61)) */
export function floatHash(x: number): bigint | null {
  if (Number.isNaN(x)) return null;
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isInteger(x)) return intHash(BigInt(x));
  let m = Math.abs(x);
  let k = 0;
  // doubling is exact, so this finds the integer mantissa of a non-integral double
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  let h = ((BigInt(m) % MODULUS) << BigInt((61 - (k % 61)) % 61)) % MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuple (3.11): xxHash64's accumulation over the items' hashes, then the length */
function tupleHash(items: PyValue[], leaf: LeafHash | null): bigint | null {
  let acc = XXPRIME_5;
  for (const item of items) {
    const h = pyHashBig(item, leaf);
    if (h === null) return null;
    acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** frozenset (3.11): xor of each element's shuffled hash (so order does not matter), then the size, then a final mix */
function frozensetHash(s: PySet, leaf: LeafHash | null): bigint | null {
  let h = 0n;
  for (const v of s.map.values()) {
    const eh = pyHashBig(v, leaf);
    if (eh === null) return null;
    const u = BigInt.asUintN(64, eh);
    h ^= ((u ^ 89869747n ^ ((u << 16n) & U64)) * 3644798167n) & U64;
  }
  h ^= ((BigInt(s.map.size) + 1n) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) return 590923713n;
  return BigInt.asIntN(64, h);
}

/** complex: hash(real) + 1000003 * hash(imag) as unsigned 64-bit, -1 becoming -2 */
export function complexHash(re: number, im: number): bigint | null {
  const hr = floatHash(re);
  const hi = floatHash(im);
  if (hr === null || hi === null) return null;
  const h = BigInt.asIntN(64, (BigInt.asUintN(64, hr) + 1000003n * BigInt.asUintN(64, hi)) & U64);
  return h === -1n ? -2n : h;
}

// A str is hashed over its PEP 393 storage: one byte per character when every code point is below
// 256, two (little-endian) when below 65536, else four. bytes are hashed byte for byte.
let buf = new Uint8Array(64);

function hashText(s: string, isBytes: boolean): void {
  const n = s.length;
  if (n === 0) {
    hashLo = hashHi = 0;
    return;
  }
  let max = 0;
  if (!isBytes) for (let i = 0; i < n; i++) max |= s.charCodeAt(i);
  let len: number;
  if (isBytes || max < 256) {
    if (buf.length < n) buf = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) buf[i] = s.charCodeAt(i);
    len = n;
  } else {
    // surrogate pairs stand for code points above 65535, which need four bytes each
    let wide = false;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) wide = true;
      }
    }
    const width = wide ? 4 : 2;
    if (buf.length < n * width) buf = new Uint8Array(n * width * 2);
    len = 0;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (wide && c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      buf[len] = c & 0xff;
      buf[len + 1] = (c >>> 8) & 0xff;
      if (wide) {
        buf[len + 2] = (c >>> 16) & 0xff;
        buf[len + 3] = 0;
      }
      len += width;
    }
  }
  sipHash13(buf, len);
  hashLo = sipLo;
  hashHi = sipHi;
  // -1 is C's error value: CPython hashes it as -2
  if (hashLo === 0xffffffff && hashHi === 0xffffffff) hashLo = 0xfffffffe;
}
