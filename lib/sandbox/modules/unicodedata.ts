// unicodedata with what the JavaScript engine knows of Unicode: normalize/is_normalized through
// String.prototype.normalize, category and mirrored through \p{…} property escapes, decimal/digit
// from runtime/unicode-chars.ts, numeric for digits, vulgar fractions, Roman numerals, circled
// numbers and the common Han numerals. name() and lookup() need Unicode's name table, which the
// sandbox does not carry: they raise NotImplementedError saying so. The engine's Unicode version
// may be newer than CPython 3.11's 14.0.0, which only matters for characters assigned since.
import { typeName } from "../runtime/coerce";
import { raise, typeError, valueError } from "../runtime/errors";
import { fn, makeModule } from "../runtime/native";
import { codePoints } from "../runtime/str-cp";
import { decimalValue, isDecimalChar, isDigitChar } from "../runtime/unicode-chars";
import { PyFloat, type PyModule, type PyValue } from "../runtime/value";

// built on first use: compiling 29 property-escape patterns is not free, and most runs never ask
let categories: (readonly [string, RegExp])[] | null = null;
const MIRRORED = /^\p{Bidi_M}$/u;
const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

/** the one character a function takes ("argument must be a unicode character" otherwise) */
function oneChar(name: string, v: PyValue | undefined, arg = "argument"): string {
  if (typeof v === "string" && codePoints(v).length === 1) return v;
  return typeError(`${name}() ${arg} must be a unicode character, not ${typeName(v ?? "")}`);
}

// Numeric_Type=Digit outside Nd: [first code point, last, value of the first]
const DIGIT_RUNS: [number, number, number][] = [
  [0xb2, 0xb3, 2],
  [0xb9, 0xb9, 1],
  [0x1369, 0x1371, 1],
  [0x19da, 0x19da, 1],
  [0x2070, 0x2070, 0],
  [0x2074, 0x2079, 4],
  [0x2080, 0x2089, 0],
  [0x2460, 0x2468, 1],
  [0x2474, 0x247c, 1],
  [0x2488, 0x2490, 1],
  [0x24ea, 0x24ea, 0],
  [0x24f5, 0x24fd, 1],
  [0x24ff, 0x24ff, 0],
  [0x2776, 0x277e, 1],
  [0x2780, 0x2788, 1],
  [0x278a, 0x2792, 1],
  [0x10a40, 0x10a43, 1],
  [0x10e60, 0x10e68, 1],
  [0x11052, 0x1105a, 1],
  [0x1f100, 0x1f100, 0],
  [0x1f101, 0x1f10a, 0],
];

function digitValue(c: string): number | null {
  if (isDecimalChar(c)) return decimalValue(c);
  if (!isDigitChar(c)) return null;
  const cp = c.codePointAt(0)!;
  for (const [a, b, v] of DIGIT_RUNS) if (cp >= a && cp <= b) return v + cp - a;
  return null;
}

// Numeric values beyond the digits: [first code point, values of the run …]
const NUMERIC_RUNS: [number, number[]][] = [
  [0xbc, [1 / 4, 1 / 2, 3 / 4]],
  [0x2150, [1 / 7, 1 / 9, 1 / 10, 1 / 3, 2 / 3, 1 / 5, 2 / 5, 3 / 5, 4 / 5, 1 / 6, 5 / 6, 1 / 8, 3 / 8, 5 / 8, 7 / 8, 1]],
  [0x2160, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 100, 500, 1000]],
  [0x2170, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 100, 500, 1000]],
  [0x2180, [1000, 5000, 10000]],
  [0x2185, [6, 50, 50000, 100000, 0]],
  [0x2469, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]],
  [0x247d, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]],
  [0x2491, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]],
  [0x24eb, [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]],
  [0x24fe, [10]],
  [0x277f, [10]],
  [0x2789, [10]],
  [0x2793, [10]],
  [0x3007, [0]],
  [0x4e00, [1]],
  [0x4e8c, [2]],
  [0x4e09, [3]],
  [0x56db, [4]],
  [0x4e94, [5]],
  [0x516d, [6]],
  [0x4e03, [7]],
  [0x516b, [8]],
  [0x4e5d, [9]],
  [0x5341, [10]],
  [0x767e, [100]],
  [0x5343, [1000]],
  [0x4e07, [10000]],
  [0x842c, [10000]],
  [0x5104, [100000000]],
  [0x4ebf, [100000000]],
  [0x96f6, [0]],
];

function numericValue(c: string): number | null {
  const d = digitValue(c);
  if (d !== null) return d;
  const cp = c.codePointAt(0)!;
  for (const [a, vs] of NUMERIC_RUNS) if (cp >= a && cp < a + vs.length) return vs[cp - a]!;
  return null;
}

function withDefault(found: number | null, dflt: PyValue | undefined, c: string, what: string): PyValue {
  if (found !== null) return what === "numeric" ? new PyFloat(found) : found;
  if (dflt !== undefined) return dflt;
  if (what === "numeric" && /^\p{N}$/u.test(c))
    raise(
      "NotImplementedError",
      `unicodedata.numeric(): the sandbox has no value for ${JSON.stringify(c)} (it knows digits, vulgar fractions, Roman numerals, circled numbers and common Han numerals)`,
    );
  return valueError(what === "numeric" ? "not a numeric character" : `not a ${what}`);
}

function noNameTable(fnName: string): never {
  return raise("NotImplementedError", `unicodedata.${fnName}() needs Unicode's character name table, which the sandbox does not carry`);
}

export function makeUnicodedataModule(): PyModule {
  return makeModule("unicodedata", {
    normalize: fn("normalize", ([form, s]) => {
      if (typeof form !== "string") typeError(`normalize() argument 1 must be str, not ${typeName(form ?? "")}`);
      if (typeof s !== "string") typeError(`normalize() argument 2 must be str, not ${typeName(s ?? "")}`);
      if (!FORMS.has(form as string)) valueError("invalid normalization form");
      return (s as string).normalize(form as "NFC");
    }),
    is_normalized: fn("is_normalized", ([form, s]) => {
      if (typeof form !== "string") typeError(`is_normalized() argument 1 must be str, not ${typeName(form ?? "")}`);
      if (typeof s !== "string") typeError(`is_normalized() argument 2 must be str, not ${typeName(s ?? "")}`);
      if (!FORMS.has(form as string)) valueError("invalid normalization form");
      return (s as string).normalize(form as "NFC") === s;
    }),
    category: fn("category", ([c]) => {
      const ch = oneChar("category", c);
      categories ??= "Ll Lu Lo Nd Po Zs Mn Sm So Cc Ps Pe Pd Lm Lt Mc Me Nl No Pc Pi Pf Sc Sk Zl Zp Cf Cs Co"
        .split(" ")
        .map((c) => [c, new RegExp(`^\\p{gc=${c}}$`, "u")] as const);
      for (const [name, re] of categories) if (re.test(ch)) return name;
      return "Cn";
    }),
    mirrored: fn("mirrored", ([c]) => (MIRRORED.test(oneChar("mirrored", c)) ? 1 : 0)),
    decimal: fn("decimal", ([c, d]) => {
      const ch = oneChar("decimal", c, "argument 1");
      return withDefault(isDecimalChar(ch) ? decimalValue(ch) : null, d, ch, "decimal");
    }),
    digit: fn("digit", ([c, d]) => {
      const ch = oneChar("digit", c, "argument 1");
      return withDefault(digitValue(ch), d, ch, "digit");
    }),
    numeric: fn("numeric", ([c, d]) => {
      const ch = oneChar("numeric", c, "argument 1");
      return withDefault(numericValue(ch), d, ch, "numeric");
    }),
    name: fn("name", () => noNameTable("name")),
    lookup: fn("lookup", () => noNameTable("lookup")),
  });
}
