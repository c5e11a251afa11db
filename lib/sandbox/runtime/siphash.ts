// SipHash-1-3, the hash CPython 3.11 gives str and bytes (sys.hash_info.algorithm == "siphash13"),
// keyed as CPython keys it from PYTHONHASHSEED. 64-bit words are kept as two unsigned 32-bit halves
// so hashing allocates nothing; the result is left in `sipLo`/`sipHi`.
//
// The key: PYTHONHASHSEED=0 turns randomisation off and the key is all zero bytes. Any other seed N
// fills CPython's 24-byte hash secret from a linear congruential generator (x = x * 214013 +
// 2531011 modulo 2**32, each byte being bits 16..23 of x); k0 and k1 are its first two 64-bit
// little-endian words.

/** the result of the last sipHash13 call, as unsigned 32-bit halves */
export let sipLo = 0;
export let sipHi = 0;

// the key as four 32-bit halves: k0 = k0hi:k0lo, k1 = k1hi:k1lo
let k0lo = 0;
let k0hi = 0;
let k1lo = 0;
let k1hi = 0;
let keySeed = 0;

/** Keys the str/bytes hash as CPython does for PYTHONHASHSEED=seed (0 to 4294967295). */
export function setHashSeed(seed: number): void {
  if (seed === keySeed) return;
  keySeed = seed;
  if (seed === 0) {
    k0lo = k0hi = k1lo = k1hi = 0;
    return;
  }
  const bytes = new Uint8Array(16);
  let x = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    bytes[i] = (x >>> 16) & 0xff;
  }
  const word = (at: number): number => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  k0lo = word(0);
  k0hi = word(4);
  k1lo = word(8);
  k1hi = word(12);
}

export function hashSeed(): number {
  return keySeed;
}

/** SipHash-1-3 of bytes[0..len) under the current key, into sipLo/sipHi */
export function sipHash13(bytes: Uint8Array, len: number): void {
  // the state in local halves (module variables would cost a context access each)
  let v0l = (k0lo ^ 0x70736575) >>> 0;
  let v0h = (k0hi ^ 0x736f6d65) >>> 0;
  let v1l = (k1lo ^ 0x6e646f6d) >>> 0;
  let v1h = (k1hi ^ 0x646f7261) >>> 0;
  let v2l = (k0lo ^ 0x6e657261) >>> 0;
  let v2h = (k0hi ^ 0x6c796765) >>> 0;
  let v3l = (k1lo ^ 0x79746573) >>> 0;
  let v3h = (k1hi ^ 0x74656462) >>> 0;
  const whole = len & ~7;
  // one round per message word (the last word holds the 0..7 leftover bytes and the length's
  // low byte in its top byte), then 0xff into v2 and three more rounds
  const words = (whole >> 3) + 1;
  let mlo = 0;
  let mhi = 0;
  for (let r = 0; r < words + 3; r++) {
    if (r < words) {
      const at = r << 3;
      if (at < whole) {
        mlo = (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
        mhi = (bytes[at + 4]! | (bytes[at + 5]! << 8) | (bytes[at + 6]! << 16) | (bytes[at + 7]! << 24)) >>> 0;
      } else {
        mlo = 0;
        mhi = (len & 0xff) << 24;
        for (let i = whole; i < len; i++) {
          const shift = (i - whole) * 8;
          if (shift < 32) mlo |= bytes[i]! << shift;
          else mhi |= bytes[i]! << (shift - 32);
        }
        mlo >>>= 0;
        mhi >>>= 0;
      }
      v3l = (v3l ^ mlo) >>> 0;
      v3h = (v3h ^ mhi) >>> 0;
    } else if (r === words) v2l = (v2l ^ 0xff) >>> 0;
    // SipRound: add-rotate-xor with rotations 13, 32, 16, 21, 17, 32
    let lo = (v0l + v1l) >>> 0;
    v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    let t = v1l;
    v1l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
    v1h = ((v1h << 13) | (t >>> 19)) >>> 0;
    v1l = (v1l ^ v0l) >>> 0;
    v1h = (v1h ^ v0h) >>> 0;
    t = v0l;
    v0l = v0h;
    v0h = t;
    lo = (v2l + v3l) >>> 0;
    v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    t = v3l;
    v3l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
    v3h = ((v3h << 16) | (t >>> 16)) >>> 0;
    v3l = (v3l ^ v2l) >>> 0;
    v3h = (v3h ^ v2h) >>> 0;
    lo = (v0l + v3l) >>> 0;
    v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    t = v3l;
    v3l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
    v3h = ((v3h << 21) | (t >>> 11)) >>> 0;
    v3l = (v3l ^ v0l) >>> 0;
    v3h = (v3h ^ v0h) >>> 0;
    lo = (v2l + v1l) >>> 0;
    v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    t = v1l;
    v1l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
    v1h = ((v1h << 17) | (t >>> 15)) >>> 0;
    v1l = (v1l ^ v2l) >>> 0;
    v1h = (v1h ^ v2h) >>> 0;
    t = v2l;
    v2l = v2h;
    v2h = t;
    if (r < words) {
      v0l = (v0l ^ mlo) >>> 0;
      v0h = (v0h ^ mhi) >>> 0;
    }
  }
  sipLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  sipHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
}
