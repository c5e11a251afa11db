// What big-integer arithmetic and large sequences cost, charged before the work is done. A single
// instruction can be enormous (`10 ** (10 ** 8)` multiplies 40 MB numbers, `[0] * 10 ** 9` builds
// a billion slots), and the sandbox must neither hang nor run the page out of memory on it:
//  * time: the work is charged as instructions (hooks.work), so it advances the thread's virtual
//    clock as CPython's would, counts against the instruction budget, and a run that cannot
//    afford an operation stops with the budget error before the operation starts;
//  * size: an int, str, bytes, list or tuple bigger than MAX_OBJECT_BYTES raises MemoryError
//    before it is built, as CPython does when an allocation fails.
// The estimates follow CPython's algorithms: 30-bit digits, schoolbook multiplication below
// KARATSUBA_CUTOFF digits and Karatsuba (n^1.585) above, O(n·m) long division.
import { hooks } from "./ctx";
import { raise } from "./errors";
import type { Int } from "./num";

/** The largest single object the sandbox builds, in bytes as CPython would store it (8 per list
 * slot, 1 per ASCII character, 1 per 8 bits of an int). 128 MB keeps a run well inside a browser
 * tab, and is V8's limit for one BigInt. */
export const MAX_OBJECT_BYTES = 2 ** 27;

const DIGIT_BITS = 30;
const KARATSUBA_CUTOFF = 70;
/** one virtual instruction (≈ 4.3 ns) buys about this many digit operations of CPython's int code */
const DIGIT_OPS_PER_INSTRUCTION = 4;
/** ints below this many bits cost too little to be worth measuring */
const SMALL_BITS = 2048;
const SMALL = 1n << BigInt(SMALL_BITS);

function isSmall(x: Int): boolean {
  return typeof x === "number" || (x < SMALL && x > -SMALL);
}

/** Bits in |x|: exact for numbers, from the hex digits for bigints (only called on big ones). */
function bitLength(x: Int): number {
  if (typeof x === "number") return x === 0 ? 0 : Math.floor(Math.log2(Math.abs(x))) + 1;
  if (x < SMALL && x > -SMALL) return SMALL_BITS;
  const hex = x.toString(16);
  return (hex.length - (x < 0n ? 1 : 0)) * 4;
}

const digits = (bits: number) => Math.max(1, Math.ceil(bits / DIGIT_BITS));

/** Digit operations for multiplying an n-digit by an m-digit number. */
function mulOps(n: number, m: number): number {
  const small = Math.min(n, m);
  const large = Math.max(n, m);
  if (small < KARATSUBA_CUTOFF) return small * large;
  // CPython splits a lopsided product into small × small Karatsuba products
  return (large / small) * small ** 1.585;
}

function charge(digitOps: number, what: string): void {
  const units = Math.floor(digitOps / DIGIT_OPS_PER_INSTRUCTION);
  if (units > 0) hooks.work(units, what);
}

/** MemoryError for an int of `bits` bits, before it is computed. */
function checkIntBits(bits: number): void {
  if (bits / 8 > MAX_OBJECT_BYTES) memoryError(bits / 8, "an int");
}

/** MemoryError unless an object of `bytes` bytes fits. */
export function checkObjectSize(bytes: number, what: string): void {
  if (bytes > MAX_OBJECT_BYTES) memoryError(bytes, what);
}

function memoryError(bytes: number, what: string): never {
  const mb = bytes / 2 ** 20;
  const size = !Number.isFinite(mb) ? "more than 1e300 MB" : mb >= 1e9 ? `${mb.toExponential(1)} MB` : `${Math.round(mb).toLocaleString("en-US")} MB`;
  return raise("MemoryError", `${what} of ${size} is more than the sandbox's ${MAX_OBJECT_BYTES / 2 ** 20} MB limit for one object`);
}

export function chargeIntMul(a: Int, b: Int): void {
  if (isSmall(a) && isSmall(b)) return;
  const x = bitLength(a);
  const y = bitLength(b);
  checkIntBits(x + y);
  charge(mulOps(digits(x), digits(y)), "multiplying big integers");
}

export function chargeIntDiv(a: Int, b: Int): void {
  if (isSmall(a) && isSmall(b)) return;
  const n = digits(bitLength(a));
  const m = digits(bitLength(b));
  if (n > m) charge((n - m + 1) * m, "dividing big integers");
}

export function chargeIntShift(a: Int, shift: Int): void {
  if (typeof shift === "number" && shift < SMALL_BITS && isSmall(a)) return;
  if (a === 0 || a === 0n) return;
  const bits = bitLength(a) + Number(shift);
  checkIntBits(bits);
  charge(digits(bits), "shifting a big integer");
}

/** base ** exp for exp >= 0: the result's size, and squarings that dominate the time. */
export function chargeIntPow(base: Int, exp: Int): void {
  if (base === 0 || base === 1 || base === -1 || base === 0n || base === 1n || base === -1n) return;
  const e = Number(exp);
  if (e < 64 && isSmall(base)) return;
  const bits = bitLength(base) * e;
  checkIntBits(bits);
  const r = digits(bits);
  charge(2 * mulOps(r / 2, r / 2), "raising a big integer to a power");
}

/** pow(base, exp, mod): one multiplication and one division per exponent bit, on mod-sized numbers. */
export function chargeIntPowMod(exp: Int, mod: Int): void {
  if (isSmall(mod) && isSmall(exp)) return;
  const m = digits(bitLength(mod));
  charge(bitLength(exp) * 2 * (mulOps(m, m) + m * m), "modular exponentiation");
}

/** A sequence of `length` items built by repeating or padding (`slotBytes` per item: 8 for a
 * list or tuple slot, 1 for a character): MemoryError if too big, else its copying time. */
export function chargeSequence(length: number, slotBytes: number, what: string): void {
  checkObjectSize(length * slotBytes, what);
  // copying a slot is about one digit operation; characters go by memcpy, 16 at a time
  charge(slotBytes === 1 ? length / 16 : length, `building ${what}`);
}
