// str methods.
import { raise, typeError, valueError } from "./errors";
import { chargeSequence } from "./big-work";
import { formatValue } from "./format";
import { methods } from "./native";
import { getAttr } from "./attrs";
import { toIndex, toInt, truthy, typeName } from "./coerce";
import { dictGet } from "./containers";
import { iterToArray } from "./iter";
import { asciiOnly, repr, str } from "./repr";
import { charOf, cpIndex, hasPairs, strLen, unitOffset } from "./str-cp";
import {
  foldChar,
  isCasedChar,
  isDecimalChar,
  isDigitChar,
  isLowerChar,
  isNumericChar,
  isTitleChar,
  isUpperChar,
  lowerInContext,
  PY_SPACE,
  PY_SPACES,
  titleChar,
} from "./unicode-chars";
import { getItem } from "./subscript";
import { carriedValue, None, PyDict, PyList, PyTuple, T, type Kw, type PyValue } from "./value";

const S = (v: PyValue): string => {
  if (typeof v === "string") return v;
  // an instance of a str subclass is a str to every method, as self or as an argument
  const carried = typeof v === "object" ? carriedValue(v) : undefined;
  if (typeof carried === "string") return carried;
  return typeError(`descriptor requires a 'str' object but received a '${typeName(v)}'`);
};
const WS = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, "g");
const WS_START = new RegExp(`^${PY_SPACE}+`);
const WS_END = new RegExp(`${PY_SPACE}+$`);
const WS_ONE = new RegExp(PY_SPACE);
const ASCII = /^[\x00-\x7f]*$/;

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === None) {
    if (left && right) return s.replace(WS, "");
    if (left) return s.replace(WS_START, "");
    return s.replace(WS_END, "");
  }
  const cs = S(chars);
  let a = 0;
  let b = s.length;
  if (left) while (a < b && cs.includes(s[a]!)) a++;
  if (right) while (b > a && cs.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function splitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS_ONE.test(s[i]!)) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      out.push(s.slice(i).replace(WS_END, ""));
      return out;
    }
    let j = i;
    while (j < n && !WS_ONE.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** The start/end arguments as UTF-16 offsets into `s` (Python gives them in code points). */
function adjustIndices(s: string, args: PyValue[], from: number): [number, number] {
  const a = args[from];
  const b = args[from + 1];
  if ((a === undefined || a === None) && (b === undefined || b === None)) return [0, s.length];
  if (!hasPairs(s)) return clipIndices(s.length, a, b);
  const len = strLen(s);
  const [x, y] = clipIndices(len, a, b);
  // a start past the end finds nothing, not even ""
  return x > len ? [s.length + 1, s.length] : [unitOffset(s, x), unitOffset(s, y)];
}

function clipIndices(len: number, a: PyValue | undefined, b: PyValue | undefined): [number, number] {
  let start = a !== undefined && a !== None ? toIndex(a) : 0;
  let end = b !== undefined && b !== None ? toIndex(b) : len;
  if (start < 0) start = Math.max(0, start + len);
  if (end < 0) end = Math.max(0, end + len);
  return [start, Math.min(end, len)];
}

export function strFormat(fmt: string, args: PyValue[], kw: Kw): string {
  let auto = 0;
  return fmt.replace(/\{\{|\}\}|\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g, (m, body: string | undefined) => {
    if (m === "{{") return "{";
    if (m === "}}") return "}";
    const b = body ?? "";
    const m2 = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(b)!;
    let field = m2[1]!;
    const conv = m2[2];
    let spec = m2[3] ?? "";
    spec = spec.replace(/\{([^{}]*)\}/g, (_x, inner: string) => str(lookupField(inner === "" ? String(auto++) : inner, args, kw)));
    if (field === "") field = String(auto++);
    let v = lookupField(field, args, kw);
    if (conv === "r") v = repr(v);
    else if (conv === "s") v = str(v);
    else if (conv === "a") v = asciiOnly(repr(v));
    return formatValue(v, spec);
  });
}
function lookupField(field: string, args: PyValue[], kw: Kw): PyValue {
  const m = /^([^.[]+)(.*)$/s.exec(field)!;
  const head = m[1]!;
  let v: PyValue;
  if (/^\d+$/.test(head)) {
    const i = parseInt(head, 10);
    if (i >= args.length) raise("IndexError", `Replacement index ${i} out of range for positional args tuple`);
    v = args[i]!;
  } else {
    const x = kw?.get(head);
    if (x === undefined) raise("KeyError", head);
    v = x!;
  }
  let rest = m[2]!;
  while (rest.length) {
    const a = /^\.([^.[]+)/.exec(rest);
    if (a) {
      v = getAttr(v, a[1]!);
      rest = rest.slice(a[0].length);
      continue;
    }
    const b = /^\[([^\]]+)\]/.exec(rest);
    if (b) {
      v = getItem(v, /^\d+$/.test(b[1]!) ? parseInt(b[1]!, 10) : b[1]!);
      rest = rest.slice(b[0].length);
      continue;
    }
    break;
  }
  return v;
}

function isSpace(s: string): boolean {
  return PY_SPACES.test(s);
}

/** Whether `s` is non-empty and every character passes `test` (`ascii` answers for ASCII-only strings). */
function everyChar(s: string, ascii: RegExp, test: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  if (ASCII.test(s)) return ascii.test(s);
  for (const c of s) if (!test(c)) return false;
  return true;
}

/** isupper/islower: some character is `mine`, none is `other` or titlecase. */
function caseOfAll(s: string, mine: (c: string) => boolean, other: (c: string) => boolean): boolean {
  if (ASCII.test(s)) return mine === isUpperChar ? /[A-Z]/.test(s) && !/[a-z]/.test(s) : /[a-z]/.test(s) && !/[A-Z]/.test(s);
  let cased = false;
  for (const c of s) {
    if (other(c) || isTitleChar(c)) return false;
    if (!cased && mine(c)) cased = true;
  }
  return cased;
}

export function installStrMethods(): void {
  methods(T.str, {
    upper: ([s]) => S(s!).toUpperCase(),
    lower: ([s]) => S(s!).toLowerCase(),
    casefold: ([s]) => {
      const x = S(s!);
      return ASCII.test(x) ? x.toLowerCase() : Array.from(x, foldChar).join("");
    },
    title: ([s]) => {
      const x = S(s!);
      if (ASCII.test(x)) return x.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
      const cps = Array.from(x);
      let out = "";
      let prevCased = false;
      for (let i = 0; i < cps.length; i++) {
        const c = cps[i]!;
        out += prevCased ? lowerInContext(cps, i) : titleChar(c);
        prevCased = isCasedChar(c);
      }
      return out;
    },
    capitalize: ([s]) => {
      const cps = Array.from(S(s!));
      let out = cps.length ? titleChar(cps[0]!) : "";
      for (let i = 1; i < cps.length; i++) out += lowerInContext(cps, i);
      return out;
    },
    swapcase: ([s]) => {
      const cps = Array.from(S(s!));
      let out = "";
      for (let i = 0; i < cps.length; i++) {
        const c = cps[i]!;
        out += isUpperChar(c) ? lowerInContext(cps, i) : isLowerChar(c) ? c.toUpperCase() : c;
      }
      return out;
    },
    strip: ([s, c]) => stripChars(S(s!), c, true, true),
    lstrip: ([s, c]) => stripChars(S(s!), c, true, false),
    rstrip: ([s, c]) => stripChars(S(s!), c, false, true),
    split: (args, kw) => {
      const s = S(args[0]!);
      const sep = args[1] ?? kw?.get("sep") ?? None;
      const max = Number(toInt(args[2] ?? kw?.get("maxsplit") ?? -1));
      if (sep === None) return new PyList(splitWs(s, max));
      const sp = S(sep);
      if (sp === "") valueError("empty separator");
      const parts = s.split(sp);
      if (max >= 0 && parts.length > max + 1) return new PyList([...parts.slice(0, max), parts.slice(max).join(sp)]);
      return new PyList(parts);
    },
    rsplit: (args, kw) => {
      const s = S(args[0]!);
      const sep = args[1] ?? kw?.get("sep") ?? None;
      const max = Number(toInt(args[2] ?? kw?.get("maxsplit") ?? -1));
      if (sep === None) {
        if (max < 0) return new PyList(splitWs(s, -1));
        const rev = splitWs(Array.from(s).reverse().join(""), max).map((p) => Array.from(p).reverse().join(""));
        return new PyList(rev.reverse());
      }
      const sp = S(sep);
      const parts = s.split(sp);
      if (max >= 0 && parts.length > max + 1) return new PyList([parts.slice(0, parts.length - max).join(sp), ...parts.slice(parts.length - max)]);
      return new PyList(parts);
    },
    splitlines: ([s, keepArg], kw) => {
      const x = S(s!);
      const keep = truthy(keepArg ?? kw?.get("keepends") ?? false);
      const out: string[] = [];
      const re = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(x))) {
        out.push(x.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < x.length) out.push(x.slice(last));
      return new PyList(out);
    },
    join: ([s, it]) => {
      const sep = S(s!);
      const items = iterToArray(it!);
      for (let i = 0; i < items.length; i++) {
        const carried = typeof items[i] === "object" ? carriedValue(items[i]!) : undefined;
        if (typeof carried === "string") items[i] = carried;
        if (typeof items[i] !== "string") typeError(`sequence item ${i}: expected str instance, ${typeName(items[i]!)} found`);
      }
      return (items as string[]).join(sep);
    },
    replace: ([s, a, b, c]) => {
      const x = S(s!);
      const from = S(a!);
      const to = S(b!);
      let count = c === undefined ? -1 : Number(toInt(c));
      if (count < 0) return from === "" ? Array.from(x).join(to).replace(/^/, to) + to : x.split(from).join(to);
      let out = "";
      let i = 0;
      while (count > 0) {
        const j = x.indexOf(from, i);
        if (j < 0) break;
        out += x.slice(i, j) + to;
        i = j + from.length;
        count--;
      }
      return out + x.slice(i);
    },
    find: (args) => {
      const s = S(args[0]!);
      const [a, b] = adjustIndices(s, args, 2);
      const sub = S(args[1]!);
      if (a > b || a + sub.length > b) return -1;
      return cpIndex(s, s.slice(0, b).indexOf(sub, a));
    },
    rfind: (args) => {
      const s = S(args[0]!);
      const [a, b] = adjustIndices(s, args, 2);
      const sub = S(args[1]!);
      const i = s.slice(0, b).lastIndexOf(sub);
      return i >= a ? cpIndex(s, i) : -1;
    },
    index: (args) => {
      const s = S(args[0]!);
      const [a, b] = adjustIndices(s, args, 2);
      const sub = S(args[1]!);
      const i = a > b || a + sub.length > b ? -1 : s.slice(0, b).indexOf(sub, a);
      if (i < 0) valueError("substring not found");
      return cpIndex(s, i);
    },
    rindex: (args) => {
      const s = S(args[0]!);
      const [a, b] = adjustIndices(s, args, 2);
      const i = s.slice(0, b).lastIndexOf(S(args[1]!));
      if (i < a) valueError("substring not found");
      return cpIndex(s, i);
    },
    count: (args) => {
      const s = S(args[0]!);
      const sub = S(args[1]!);
      const [a, b] = adjustIndices(s, args, 2);
      if (a > b) return 0;
      const x = s.slice(a, b);
      if (sub === "") return strLen(x) + 1;
      return x.split(sub).length - 1;
    },
    startswith: (args) => {
      const s = S(args[0]!);
      const [a, b] = adjustIndices(s, args, 2);
      if (a > b) return false;
      const x = s.slice(a, b);
      const p = args[1]!;
      if (p instanceof PyTuple) return p.items.some((q) => x.startsWith(S(q)));
      return x.startsWith(S(p));
    },
    endswith: (args) => {
      const s = S(args[0]!);
      const [a, b] = adjustIndices(s, args, 2);
      if (a > b) return false;
      const x = s.slice(a, b);
      const p = args[1]!;
      if (p instanceof PyTuple) return p.items.some((q) => x.endsWith(S(q)));
      return x.endsWith(S(p));
    },
    isdigit: ([s]) => everyChar(S(s!), /^[0-9]+$/, isDigitChar),
    isdecimal: ([s]) => everyChar(S(s!), /^[0-9]+$/, isDecimalChar),
    isnumeric: ([s]) => everyChar(S(s!), /^[0-9]+$/, isNumericChar),
    isalpha: ([s]) => /^\p{L}+$/u.test(S(s!)),
    isalnum: ([s]) => everyChar(S(s!), /^[A-Za-z0-9]+$/, (c) => /^\p{L}$/u.test(c) || isNumericChar(c)),
    isspace: ([s]) => isSpace(S(s!)),
    isupper: ([s]) => caseOfAll(S(s!), isUpperChar, isLowerChar),
    islower: ([s]) => caseOfAll(S(s!), isLowerChar, isUpperChar),
    istitle: ([s]) => {
      // CPython's rule: an upper or title character only after an uncased one, a lower one only after a cased one
      let cased = false;
      let prevCased = false;
      for (const c of S(s!)) {
        if (isUpperChar(c) || isTitleChar(c)) {
          if (prevCased) return false;
          prevCased = cased = true;
        } else if (isLowerChar(c)) {
          if (!prevCased) return false;
          prevCased = cased = true;
        } else prevCased = false;
      }
      return cased;
    },
    isidentifier: ([s]) => /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(S(s!)),
    isprintable: ([s]) => !/[^ \P{C}]|[^ \P{Z}]/u.test(S(s!)),
    isascii: ([s]) => /^[\x00-\x7f]*$/.test(S(s!)),
    center: ([s, w, f]) => {
      const x = S(s!);
      const width = Number(toInt(w!));
      const fill = fillChar(f);
      const n = width - strLen(x);
      if (n <= 0) return x;
      chargeSequence(width, 1, "a str");
      const left = Math.floor(n / 2) + (n & width & 1);
      return fill.repeat(left) + x + fill.repeat(n - left);
    },
    ljust: ([s, w, f]) => {
      const x = S(s!);
      return x + fillChar(f).repeat(Math.max(0, padWidth(x, w!) - strLen(x)));
    },
    rjust: ([s, w, f]) => {
      const x = S(s!);
      return fillChar(f).repeat(Math.max(0, padWidth(x, w!) - strLen(x))) + x;
    },
    zfill: ([s, w]) => {
      const x = S(s!);
      const width = Number(toInt(w!));
      const len = strLen(x);
      if (len >= width) return x;
      chargeSequence(width, 1, "a str");
      const sign = x[0] === "-" || x[0] === "+" ? x[0] : "";
      return sign + "0".repeat(width - len) + x.slice(sign.length);
    },
    format: (args, kw) => strFormat(S(args[0]!), args.slice(1), kw),
    format_map: ([s, m]) => {
      const d = m as PyDict;
      const kw = new Map<string, PyValue>();
      for (const e of d.map.values()) kw.set(String(e.k), e.v);
      return strFormat(S(s!), [], kw);
    },
    partition: ([s, sep]) => {
      const x = S(s!);
      const p = S(sep!);
      const i = x.indexOf(p);
      if (i < 0) return new PyTuple([x, "", ""]);
      return new PyTuple([x.slice(0, i), p, x.slice(i + p.length)]);
    },
    rpartition: ([s, sep]) => {
      const x = S(s!);
      const p = S(sep!);
      const i = x.lastIndexOf(p);
      if (i < 0) return new PyTuple(["", "", x]);
      return new PyTuple([x.slice(0, i), p, x.slice(i + p.length)]);
    },
    removeprefix: ([s, p]) => (S(s!).startsWith(S(p!)) ? S(s!).slice(S(p!).length) : S(s!)),
    removesuffix: ([s, p]) => (S(p!) && S(s!).endsWith(S(p!)) ? S(s!).slice(0, -S(p!).length) : S(s!)),
    expandtabs: ([s, t]) => {
      const size = t === undefined ? 8 : Number(toInt(t));
      let col = 0;
      let out = "";
      for (const ch of S(s!)) {
        if (ch === "\t") {
          const n = size - (col % size);
          out += " ".repeat(n);
          col += n;
        } else if (ch === "\n") {
          out += ch;
          col = 0;
        } else {
          out += ch;
          col++;
        }
      }
      return out;
    },
    encode: ([s, encoding, errors], kw) => encodeStr(S(s!), encoding ?? kw?.get("encoding"), errors ?? kw?.get("errors")),
    translate: ([s, table]) => {
      let out = "";
      for (const ch of S(s!)) {
        const v = dictGet(table as PyDict, ch.codePointAt(0)!);
        if (v === undefined) out += ch;
        else if (v === None) continue;
        else out += typeof v === "string" ? v : charOf(Number(toInt(v)));
      }
      return out;
    },
    __getitem__: ([s, k]) => getItem(s!, k!),
    __len__: ([s]) => strLen(S(s!)),
    __contains__: ([s, x]) => S(s!).includes(S(x!)),
    __str__: ([s]) => s!,
    __getnewargs__: ([s]) => new PyTuple([s!]),
    __repr__: ([s]) => repr(s!),
    __format__: ([s, spec]) => formatValue(s!, S(spec!)),
    __hash__: ([s]) => {
      let h = 0;
      for (const c of S(s!)) h = (h * 31 + c.charCodeAt(0)) | 0;
      return h;
    },
  });
  T.str.dict.set(
    "maketrans",
    new (require_builtin())("str.maketrans", (args) => {
      const d = new PyDict();
      if (args.length === 1) {
        for (const e of (args[0] as PyDict).map.values()) {
          const k = typeof e.k === "string" ? e.k.codePointAt(0)! : e.k;
          d.map.set(k, { k, v: e.v });
        }
        return d;
      }
      const a = Array.from(S(args[0]!));
      const b = Array.from(S(args[1]!));
      if (a.length !== b.length) valueError("the first two maketrans arguments must have equal length");
      for (let i = 0; i < a.length; i++) d.map.set(a[i]!.codePointAt(0)!, { k: a[i]!.codePointAt(0)!, v: b[i]!.codePointAt(0)! });
      if (args[2] !== undefined) for (const c of S(args[2])) d.map.set(c.codePointAt(0)!, { k: c.codePointAt(0)!, v: None });
      return d;
    }),
  );
}

import { PyBuiltin } from "./value";
import { encodeStr } from "./bytes-ops";
function require_builtin() {
  return class extends PyBuiltin {};
}

/** The width a str is padded to, checked for size first. */
function padWidth(s: string, w: PyValue): number {
  const width = Number(toInt(w));
  if (width > s.length) chargeSequence(width, 1, "a str");
  return width;
}

/** The fill argument of center/ljust/rjust: exactly one character. */
function fillChar(f: PyValue | undefined): string {
  if (f === undefined) return " ";
  const c = S(f);
  if (strLen(c) !== 1) typeError("The fill character must be exactly one character long");
  return c;
}
