// Python's str counts code points; a JS string counts UTF-16 units, and a character beyond U+FFFF
// (an emoji) takes two. Nearly every string a program handles has no surrogate, and for those the
// JS operations are already right: each helper asks `hasPairs` first and only walks code points
// when the answer is yes.

// A scan is O(n): remember the last long string asked about, so `s[i]` in a loop over a long
// string does not rescan it on every index.
let lastLong = "";
let lastLongHas = false;
let lastCps: string[] = [];
let lastCpsOf = "";

/** Whether `s` holds a surrogate, so that unit and code-point positions may differ. */
export function hasPairs(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  if (n <= 24) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return true;
    }
    return false;
  }
  if (s === lastLong) return lastLongHas;
  lastLongHas = /[\ud800-\udfff]/.test(s);
  lastLong = s;
  return lastLongHas;
}

/** The code points of a string with pairs, one string each (cached for the last one asked). */
export function codePoints(s: string): string[] {
  if (s !== lastCpsOf) {
    lastCps = Array.from(s);
    lastCpsOf = s;
  }
  return lastCps;
}

/** `len(s)`. */
export function strLen(s: string): number {
  return hasPairs(s) ? codePoints(s).length : s.length;
}

/** The code point at Python index `i` (already in range). */
export function strAt(s: string, i: number): string {
  return hasPairs(s) ? codePoints(s)[i]! : s[i]!;
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
