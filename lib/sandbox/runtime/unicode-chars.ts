// Character properties behind str's case and class methods, as CPython's unicodectype.c defines
// them: the JS engine's Unicode property escapes give the categories and derived properties, and
// the few facts JavaScript has no API for (titlecase mappings, CPython's digit and numeric values
// outside the N categories, case folding where it differs from lower(upper(c))) are written here.

const UPPER = /^\p{Uppercase}$/u;
const LOWER = /^\p{Lowercase}$/u;
const TITLE = /^\p{Lt}$/u;
const CASED = /^\p{Cased}$/u;
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

export const isUpperChar = (c: string): boolean => UPPER.test(c);
export const isLowerChar = (c: string): boolean => LOWER.test(c);
export const isTitleChar = (c: string): boolean => TITLE.test(c);
export const isCasedChar = (c: string): boolean => CASED.test(c);

/** Python's whitespace: bidirectional types WS, B, S and category Zs (JS's \s adds U+FEFF, lacks U+001C..U+001F and U+0085). */
export const PY_SPACE = "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
export const PY_SPACES = new RegExp(`^${PY_SPACE}+$`);

// Numeric_Type=Digit outside Nd (superscripts, circled and parenthesised digits …), as ranges.
const DIGIT_RANGES = [
  0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5,
  0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a,
];
// Han ideographs that carry a numeric value (一, 二, 百, 萬 …): category Lo, yet isnumeric().
const HAN_NUMERIC = new Set(
  (
    "3405 3483 382a 3b4d 4e00 4e03 4e07 4e09 4e5d 4e8c 4e94 4e96 4ebf 4ec0 4edf 4ee8 4f0d 4f70 5104 5146 5169 516b 516d 5341 5343 5344 5345 534c " +
    "53c1 53c2 53c3 53c4 56db 58f1 58f9 5e7a 5efe 5eff 5f0c 5f0d 5f0e 5f10 62fe 634c 67d2 6f06 7396 767e 8086 842c 8cae 8cb3 8d30 9621 9646 964c " +
    "9678 96f6 f96b f973 f978 f9b2 f9d1 f9d3 f9fd 20001 20064 200e2 20121 2092a 20983 2098c 2099c 20aea 20afd 20b19 22390 22998 23b1b 2626d 2f890"
  )
    .split(" ")
    .map((h) => parseInt(h, 16)),
);

const DECIMAL = /^\p{Nd}$/u;
const NUMERIC = /^\p{N}$/u;

export const isDecimalChar = (c: string): boolean => DECIMAL.test(c);

export function isDigitChar(c: string): boolean {
  if (DECIMAL.test(c)) return true;
  const cp = c.codePointAt(0)!;
  for (let i = 0; i < DIGIT_RANGES.length; i += 2) if (cp >= DIGIT_RANGES[i]! && cp <= DIGIT_RANGES[i + 1]!) return true;
  return false;
}

export function isNumericChar(c: string): boolean {
  return NUMERIC.test(c) || HAN_NUMERIC.has(c.codePointAt(0)!);
}

/** The value of a decimal digit (Nd), whose digits Unicode lays out in runs 0..9. */
export function decimalValue(c: string): number {
  let cp = c.codePointAt(0)!;
  let k = 0;
  while (DECIMAL.test(String.fromCodePoint(cp - 1))) {
    cp--;
    k++;
  }
  return k % 10;
}

/** A str as int()/float() read it: decimal digits of any script become ASCII, Unicode spaces a space. */
export function asciiNumber(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = "";
  for (const c of s) {
    if (c.charCodeAt(0) < 0x80) out += c;
    else if (DECIMAL.test(c)) out += String(decimalValue(c));
    else if (new RegExp(PY_SPACE).test(c)) out += " ";
    else out += "?";
  }
  return out;
}

// Titlecase digraphs: each of the three forms titlecases to the middle one.
const DIGRAPHS: Record<number, string> = {
  0x1c4: "\u01c5",
  0x1c5: "\u01c5",
  0x1c6: "\u01c5",
  0x1c7: "\u01c8",
  0x1c8: "\u01c8",
  0x1c9: "\u01c8",
  0x1ca: "\u01cb",
  0x1cb: "\u01cb",
  0x1cc: "\u01cb",
  0x1f1: "\u01f2",
  0x1f2: "\u01f2",
  0x1f3: "\u01f2",
};

/** The full titlecase mapping of one character (CPython's _PyUnicode_ToTitleFull). */
export function titleChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x80) return c.toUpperCase();
  const d = DIGRAPHS[cp];
  if (d !== undefined) return d;
  if (cp === 0x149) return "\u02bcN";
  // Georgian Mkhedruli uppercases to Mtavruli (Unicode 11) but has no titlecase
  if (cp >= 0x10d0 && cp <= 0x10ff) return c;
  const u = c.toUpperCase();
  if (u.length === 1 || (u.length === 2 && cp > 0xffff)) return u;
  // Greek with ypogegrammeni: the title form keeps the iota subscript (ᾳ → ᾼ) where upper() spells it out
  if (cp >= 0x1f80 && cp <= 0x1fff && u.endsWith("\u0399")) {
    const t = u.slice(0, -1) + "\u0345";
    return u.length === 2 ? t.normalize("NFC") : t;
  }
  // a ligature or ß: only its first letter goes up (ß → Ss, ﬁ → Fi)
  const first = String.fromCodePoint(u.codePointAt(0)!);
  return first + u.slice(first.length).toLowerCase();
}

/** lower() of the character at `i` of `cps`, with the final-sigma rule that needs its neighbours. */
export function lowerInContext(cps: string[], i: number): string {
  const c = cps[i]!;
  if (c !== "\u03a3") return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(cps[j]!)) j--;
  const after = j >= 0 && CASED.test(cps[j]!);
  j = i + 1;
  while (j < cps.length && CASE_IGNORABLE.test(cps[j]!)) j++;
  const before = j < cps.length && CASED.test(cps[j]!);
  return after && !before ? "\u03c2" : "\u03c3";
}

/** Full case folding of one character (CPython's _PyUnicode_ToFoldedFull). */
export function foldChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x80) return c.toLowerCase();
  if (cp === 0x131) return c; // dotless i folds only under the Turkic rules
  // Cherokee folds to its capitals, which are the older letters
  if ((cp >= 0x13a0 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf)) return c.toUpperCase();
  return c.toLowerCase().toUpperCase().toLowerCase();
}
