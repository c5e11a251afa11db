// Python's str counts code points; a JS string counts UTF-16 units, and a character beyond U+FFFF
// (an emoji) takes two. Nearly every string a program handles has no surrogate, and for those the
// JS operations are already right: each helper asks `hasPairs` first and only walks code points
// when the answer is yes.

const SURROGATE = /[\ud800-\udfff]/;
const NOT_LATIN1 = /[^\x00-\xff]/;

// Until a character beyond U+FFFF (or a lone surrogate) enters the program, every string's units
// are its code points and the helpers answer at once, without looking at the string. Each way in
// sets the flag: str literals as they are decoded (the program's and the stdlib's), chr() and the other
// makers of a character from a number, and the decoders.
let wideSeen = false;

/** `s`, after noting whether it brings surrogates into the program. */
export function noteWide(s: string): string {
  if (!wideSeen && SURROGATE.test(s)) wideSeen = true;
  return s;
}

/** String.fromCodePoint, noting a character beyond U+FFFF or a surrogate. */
export function charOf(cp: number): string {
  if (cp >= 0xd800 && (cp <= 0xdfff || cp > 0xffff)) wideSeen = true;
  return String.fromCodePoint(cp);
}

// A scan is O(n) for a string V8 holds in two bytes a unit (one-byte strings, all of Latin-1, are
// answered by the regex without scanning), and so is splitting one into code points: remember the
// last few long strings asked about, so `s[i]` in a loop over a long text (or two, side by side)
// does not rescan them on every index.
const CACHED = 4;
const scanned: string[] = new Array<string>(CACHED).fill("");
const scannedHas: boolean[] = new Array<boolean>(CACHED).fill(false);
let scannedNext = 0;
const split: string[] = new Array<string>(CACHED).fill("");
const splitCps: string[][] = Array.from({ length: CACHED }, () => []);
let splitNext = 0;

/** Whether `s` holds a surrogate, so that unit and code-point positions may differ. */
export function hasPairs(s: string): boolean {
  if (!wideSeen) return false;
  const n = s.length;
  if (n < 2) return false;
  if (n <= 16) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return true;
    }
    return false;
  }
  for (let k = 0; k < CACHED; k++) if (scanned[k]!.length === n && scanned[k] === s) return scannedHas[k]!;
  const has = SURROGATE.test(s);
  if (has || NOT_LATIN1.test(s)) {
    scanned[scannedNext] = s;
    scannedHas[scannedNext] = has;
    scannedNext = (scannedNext + 1) % CACHED;
  }
  return has;
}

/** The code points of a string with pairs, one string each. */
export function codePoints(s: string): string[] {
  const n = s.length;
  if (n <= 16) return Array.from(s);
  for (let k = 0; k < CACHED; k++) if (split[k]!.length === n && split[k] === s) return splitCps[k]!;
  const cps = Array.from(s);
  split[splitNext] = s;
  splitCps[splitNext] = cps;
  splitNext = (splitNext + 1) % CACHED;
  return cps;
}

/** `len(s)`. */
export function strLen(s: string): number {
  return hasPairs(s) ? codePoints(s).length : s.length;
}

/** `s[a:b]` with code-point bounds already clipped to 0..len. */
export function strSlice(s: string, a: number, b: number): string {
  if (!hasPairs(s)) return s.slice(a, b);
  return a >= b ? "" : codePoints(s).slice(a, b).join("");
}

/** The UTF-16 offset of code-point index `cp` (0..len). */
export function unitOffset(s: string, cp: number): number {
  if (!hasPairs(s)) return cp;
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) u += isPairAt(s, u) ? 2 : 1;
  return u;
}

/** The code-point index of UTF-16 offset `u`; -1 stays -1 (a failed search). */
export function cpIndex(s: string, u: number): number {
  if (u <= 0 || !hasPairs(s)) return u;
  let k = 0;
  for (let i = 0; i < u; k++) i += isPairAt(s, i) ? 2 : 1;
  return k;
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/**
 * Python's ordering: by code point. UTF-16 order differs from it only where a surrogate meets a
 * unit in U+E000..U+FFFF at the first difference, so the units are compared with that fixed up.
 */
export function compareStr(a: string, b: string): number {
  if (!wideSeen) return a < b ? -1 : a > b ? 1 : 0;
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
