// bytes and bytearray. A bytes value is a JS string of char codes 0–255 (one per byte);
// bytearray is the same with a mutable `v` and its own type. This file has what both share
// beyond the basics in builtins.ts: str.encode/bytes.decode in UTF-8, ASCII and Latin-1 (UTF-16
// and UTF-32 in codec-utf16-32.ts) with CPython's error messages, + and *, `in`, ordering,
// bytearray's constructor and in-place edits (item and slice assignment, deletion,
// append/extend/pop/insert/remove/clear/reverse, +=), and the common methods, which run str's own on the byte string where bytes and str agree.
import { charOf, codePoints } from "./str-cp";
import { newUnicodeError } from "./unicode-error";
import { raise, typeError, valueError } from "./errors";
import { isIntLike, toInt, typeName } from "./coerce";
import { iterToArray } from "./iter";
import { decodeWide, encodeWide, wideCodec } from "./codec-utf16-32";
import { None, NotImplemented, PyBuiltin, PyBytes, PyClassMethod, PyList, PySlice, PyTuple, type PyType, type PyValue, T } from "./value";

// Methods of bytes and bytearray bind to the instance, as every builtin type's methods do
// (native.ts's fn() makes a function that does not, such as len stored on a class).
const method = (name: string, f: ConstructorParameters<typeof PyBuiltin>[1]) => new PyBuiltin(name, f);

export class PyByteArray extends PyBytes {
  constructor(v: string) {
    super(v, T.bytearray);
  }
}

/** a bytes result of the same kind as `like` (bytearray in, bytearray out) */
export function sameKind(like: PyBytes, v: string): PyBytes {
  return like instanceof PyByteArray ? new PyByteArray(v) : new PyBytes(v);
}

function codecName(encoding: PyValue | undefined): string {
  const e = encoding === undefined || encoding === None ? "utf-8" : String(encoding).toLowerCase().replace(/[_ ]/g, "-");
  const wide = wideCodec(e);
  if (wide !== undefined) return wide;
  if (e === "utf-8" || e === "utf8" || e === "u8") return "utf-8";
  if (e === "ascii" || e === "us-ascii") return "ascii";
  if (e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1") return "latin-1";
  return raise("LookupError", `unknown encoding: ${String(encoding)}`);
}

/** CPython reports a run of characters the codec cannot encode as one error (position 1-2). */
function encodeError(codec: string, s: string, pos: number, cannot: (c: number) => boolean, reason: string): never {
  const cps = codePoints(s);
  let end = pos + 1;
  while (end < cps.length && cannot(cps[end]!.codePointAt(0)!)) end++;
  throw newUnicodeError("UnicodeEncodeError", codec, s, pos, end, reason);
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** str.encode(encoding="utf-8", errors="strict") */
export function encodeStr(s: string, encoding: PyValue | undefined, errors: PyValue | undefined): PyBytes {
  const codec = codecName(encoding);
  const mode = errors === undefined || errors === None ? "strict" : String(errors);
  const wide = wideCodec(codec);
  if (wide !== undefined) return new PyBytes(encodeWide(s, wide, mode));
  let out = "";
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (codec === "utf-8") {
      if (c >= 0xd800 && c <= 0xdfff) {
        if (mode === "strict") encodeError("utf-8", s, pos, isSurrogate, "surrogates not allowed");
        if (mode === "replace") out += "?";
      } else if (c < 0x80) out += ch;
      else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    } else {
      const limit = codec === "ascii" ? 128 : 256;
      if (c < limit) out += ch;
      else if (mode === "ignore") {
        // dropped
      } else if (mode === "replace") out += "?";
      else if (mode === "backslashreplace")
        out += c < 256 ? `\\x${c.toString(16).padStart(2, "0")}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
      else if (mode === "xmlcharrefreplace") out += `&#${c};`;
      else encodeError(codec === "ascii" ? "ascii" : "latin-1", s, pos, (d) => d >= limit, `ordinal not in range(${limit})`);
    }
    pos++;
  }
  return new PyBytes(out);
}

/** bytes.decode(encoding="utf-8", errors="strict") */
export function decodeBytes(b: string, encoding: PyValue | undefined, errors: PyValue | undefined): string {
  const codec = codecName(encoding);
  const mode = errors === undefined || errors === None ? "strict" : String(errors);
  if (codec === "latin-1") return b;
  const wide = wideCodec(codec);
  if (wide !== undefined) return decodeWide(b, wide, mode);
  let out = "";
  const bad = (at: number, why: string, width = 1): number => {
    if (mode === "strict") throw newUnicodeError("UnicodeDecodeError", codec, b, at, at + width, why);
    if (mode === "replace") out += "\ufffd";
    else if (mode === "backslashreplace")
      for (let k = 0; k < width; k++)
        out += `\\x${b
          .charCodeAt(at + k)
          .toString(16)
          .padStart(2, "0")}`;
    return at + width;
  };
  let i = 0;
  while (i < b.length) {
    const c = b.charCodeAt(i);
    if (c < 0x80) {
      out += b[i];
      i++;
      continue;
    }
    if (codec === "ascii") {
      i = bad(i, "ordinal not in range(128)");
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) {
      i = bad(i, "invalid start byte");
      continue;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= b.length) break;
      const d = b.charCodeAt(i + j);
      // the second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates, > U+10FFFF)
      const lo = j === 1 && c === 0xe0 ? 0xa0 : j === 1 && c === 0xf0 ? 0x90 : 0x80;
      const hi = j === 1 && c === 0xed ? 0x9f : j === 1 && c === 0xf4 ? 0x8f : 0xbf;
      if (d < lo || d > hi) break;
      cp = (cp << 6) | (d & 63);
    }
    if (j <= need) {
      if (i + j >= b.length) i = bad(i, "unexpected end of data", b.length - i);
      else i = bad(i, "invalid continuation byte", j);
      continue;
    }
    out += charOf(cp);
    i += need + 1;
  }
  return out;
}

/** the bytes an operand stands for in bytes operations (bytes, bytearray), else null */
function bytesOf(v: PyValue): string | null {
  return v instanceof PyBytes ? v.v : null;
}

function repeatCount(n: PyValue): number | null {
  if (!isIntLike(n)) return null;
  return Math.max(0, Number(toInt(n)));
}

/** + and * with a bytes or bytearray operand; NotImplemented otherwise */
export function bytesBinary(op: number, a: PyValue, b: PyValue): PyValue {
  if (op === 0 && a instanceof PyBytes) {
    const other = bytesOf(b);
    if (other === null) return typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
    return sameKind(a, a.v + other);
  }
  if (op === 2) {
    if (a instanceof PyBytes) {
      const n = repeatCount(b);
      return n === null ? NotImplemented : sameKind(a, a.v.repeat(n));
    }
    if (b instanceof PyBytes) {
      const n = repeatCount(a);
      return n === null ? NotImplemented : sameKind(b, b.v.repeat(n));
    }
  }
  return NotImplemented;
}

/** bytearray += / *= in place */
export function byteArrayInplace(op: number, a: PyByteArray, b: PyValue): PyValue {
  if (op === 0) {
    const other = bytesOf(b);
    if (other === null) return typeError(`can't concat ${typeName(b)} to bytearray`);
    a.v += other;
    return a;
  }
  if (op === 2) {
    const n = repeatCount(b);
    if (n !== null) {
      a.v = a.v.repeat(n);
      return a;
    }
  }
  return NotImplemented;
}

/** `x in b`: a byte value (0–255) or a bytes-like run */
export function bytesContains(b: PyBytes, item: PyValue): boolean {
  if (isIntLike(item)) {
    const n = Number(toInt(item));
    if (n < 0 || n > 255) valueError("byte must be in range(0, 256)");
    return b.v.includes(String.fromCharCode(n));
  }
  const other = bytesOf(item);
  if (other === null) return typeError(`a bytes-like object is required, not '${typeName(item)}'`);
  return b.v.includes(other);
}

function byteValue(v: PyValue): number {
  if (!isIntLike(v)) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = Number(toInt(v));
  if (n < 0 || n > 255) valueError("byte must be in range(0, 256)");
  return n;
}

/** the bytes of an iterable of ints, bytes, or a str with an encoding (bytearray()/extend()) */
function bytesFrom(x: PyValue): string {
  const direct = bytesOf(x);
  if (direct !== null) return direct;
  if (typeof x === "string") typeError("string argument without an encoding");
  return iterToArray(x)
    .map((c) => String.fromCharCode(byteValue(c)))
    .join("");
}

function sliceBounds(key: PySlice, len: number): [number, number, number] {
  const get = (v: PyValue, dflt: number): number => (v === None ? dflt : Number(toInt(v)));
  const step = get(key.step, 1);
  if (step === 0) valueError("slice step cannot be zero");
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v < 0 ? v + len : v, lo), hi);
  const start = key.start === None ? (step > 0 ? 0 : len - 1) : clamp(get(key.start, 0), step > 0 ? 0 : -1, step > 0 ? len : len - 1);
  const stop = key.stop === None ? (step > 0 ? len : -1) : clamp(get(key.stop, 0), step > 0 ? 0 : -1, step > 0 ? len : len - 1);
  return [start, stop, step];
}

function indexOf(b: PyByteArray, key: PyValue): number {
  if (!isIntLike(key)) typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  let n = Number(toInt(key));
  if (n < 0) n += b.v.length;
  if (n < 0 || n >= b.v.length) raise("IndexError", "bytearray index out of range");
  return n;
}

export function byteArraySetItem(b: PyByteArray, key: PyValue, value: PyValue): void {
  if (!(key instanceof PySlice)) {
    const i = indexOf(b, key);
    b.v = b.v.slice(0, i) + String.fromCharCode(byteValue(value)) + b.v.slice(i + 1);
    return;
  }
  if (isIntLike(value)) typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  const repl = bytesFrom(value);
  const [start, stop, step] = sliceBounds(key, b.v.length);
  if (step === 1) {
    b.v = b.v.slice(0, start) + repl + b.v.slice(Math.max(start, stop));
    return;
  }
  const chars = Array.from(b.v);
  const at: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) at.push(i);
  if (at.length !== repl.length) valueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${at.length}`);
  at.forEach((i, k) => (chars[i] = repl[k]!));
  b.v = chars.join("");
}

export function byteArrayDelItem(b: PyByteArray, key: PyValue): void {
  if (!(key instanceof PySlice)) {
    const i = indexOf(b, key);
    b.v = b.v.slice(0, i) + b.v.slice(i + 1);
    return;
  }
  const [start, stop, step] = sliceBounds(key, b.v.length);
  const drop = new Set<number>();
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) drop.add(i);
  b.v = Array.from(b.v)
    .filter((_, i) => !drop.has(i))
    .join("");
}

/** bytes(x) / bytearray(x): empty, n zero bytes, a str with an encoding, or the bytes of x */
export function newBytesValue(args: PyValue[], kw: Map<string, PyValue> | null | undefined, what: string): string {
  const x = args[0] ?? kw?.get("source");
  const encoding = args[1] ?? kw?.get("encoding");
  const errors = args[2] ?? kw?.get("errors");
  if (x === undefined) return "";
  if (typeof x === "string") {
    if (encoding === undefined) typeError("string argument without an encoding");
    return encodeStr(x, encoding, errors).v;
  }
  if (encoding !== undefined) typeError(`encoding without a string argument`);
  if (isIntLike(x)) {
    const n = Number(toInt(x));
    if (n < 0) valueError("negative count");
    return "\0".repeat(n);
  }
  void what;
  return bytesFrom(x);
}

const ASCII_UPPER = (s: string) => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const ASCII_LOWER = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

// str methods whose meaning carries over to bytes unchanged when both sides are byte strings
const SHARED = [
  "startswith",
  "endswith",
  "find",
  "rfind",
  "index",
  "rindex",
  "count",
  "replace",
  "split",
  "rsplit",
  "strip",
  "lstrip",
  "rstrip",
  "partition",
  "rpartition",
  "splitlines",
  "join",
  "zfill",
  "center",
  "ljust",
  "rjust",
  "removeprefix",
  "removesuffix",
  "expandtabs",
  "title",
  "capitalize",
  "swapcase",
  "istitle",
  "isupper",
  "islower",
];

// str's whitespace and case rules reach characters that bytes treat as plain bytes (\x1c-\x1f,
// \x85, \xa0, the letters above 0x7f): while str's method runs, those bytes wear private-use
// characters that are neither space nor cased.
const STR_ONLY_RULES = /[\x1c-\x1f\x80-\xff]/;
const hideBytes = (s: string): string => (STR_ONLY_RULES.test(s) ? s.replace(/[\x1c-\x1f\x80-\xff]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0))) : s);
const showBytes = (s: string): string => (/[\ue000-\ue0ff]/.test(s) ? s.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)) : s);

function toStrArg(v: PyValue): PyValue {
  if (v instanceof PyBytes) return hideBytes(v.v);
  if (v instanceof PyTuple) return new PyTuple(v.items.map(toStrArg));
  if (v instanceof PyList) return new PyList(v.items.map(toStrArg));
  return v;
}

function fromStrResult(like: PyBytes, v: PyValue): PyValue {
  if (typeof v === "string") return sameKind(like, showBytes(v));
  if (v instanceof PyList) return new PyList(v.items.map((x) => fromStrResult(like, x)));
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => fromStrResult(like, x)));
  return v;
}

export function installBytesMethods(ctor: (t: PyType, f: (cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) => void): void {
  ctor(T.bytearray, (_c, args, kw) => new PyByteArray(newBytesValue(args, kw, "bytearray")));
  for (const t of [T.bytes, T.bytearray]) {
    const shared: Record<string, PyBuiltin> = {};
    for (const name of SHARED) {
      shared[name] = new PyBuiltin(`${t.name}.${name}`, ([self, ...rest], kw) => {
        const b = self as PyBytes;
        let v = hideBytes(b.v);
        // bytes break lines at \n and \r only; str also at \v and \f
        if (name === "splitlines") v = v.replace(/[\x0b\x0c]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
        const r = (T.str.dict.get(name) as PyBuiltin).fn([v, ...rest.map(toStrArg)], kw);
        return fromStrResult(b, r);
      });
    }
    const own: Record<string, PyBuiltin> = {
      decode: method(`${t.name}.decode`, ([self, encoding, errors], kw) => decodeBytes((self as PyBytes).v, encoding ?? kw?.get("encoding"), errors ?? kw?.get("errors"))),
      hex: method(`${t.name}.hex`, ([self, sep]) => {
        const pairs = Array.from((self as PyBytes).v, (c) => c.charCodeAt(0).toString(16).padStart(2, "0"));
        return sep === undefined ? pairs.join("") : pairs.join(String(sep));
      }),
      upper: method(`${t.name}.upper`, ([self]) => sameKind(self as PyBytes, ASCII_UPPER((self as PyBytes).v))),
      lower: method(`${t.name}.lower`, ([self]) => sameKind(self as PyBytes, ASCII_LOWER((self as PyBytes).v))),
      isdigit: method(`${t.name}.isdigit`, ([self]) => /^[0-9]+$/.test((self as PyBytes).v)),
      isalpha: method(`${t.name}.isalpha`, ([self]) => /^[A-Za-z]+$/.test((self as PyBytes).v)),
      isalnum: method(`${t.name}.isalnum`, ([self]) => /^[A-Za-z0-9]+$/.test((self as PyBytes).v)),
      isspace: method(`${t.name}.isspace`, ([self]) => /^[ \t\n\r\x0b\x0c]+$/.test((self as PyBytes).v)),
      isascii: method(`${t.name}.isascii`, ([self]) => /^[\x00-\x7f]*$/.test((self as PyBytes).v)),
      __len__: method(`${t.name}.__len__`, ([self]) => (self as PyBytes).v.length),
      __contains__: method(`${t.name}.__contains__`, ([self, x]) => bytesContains(self as PyBytes, x!)),
    };
    for (const [k, v] of Object.entries({ ...shared, ...own })) t.dict.set(k, v);
  }
  t_fromhex(T.bytes);
  t_fromhex(T.bytearray);
  const edit = (name: string, f: (b: PyByteArray, args: PyValue[]) => PyValue) =>
    T.bytearray.dict.set(
      name,
      method(`bytearray.${name}`, ([self, ...args]) => f(self as PyByteArray, args)),
    );
  edit("append", (b, [x]) => ((b.v += String.fromCharCode(byteValue(x!))), None));
  edit("extend", (b, [x]) => ((b.v += bytesFrom(x!)), None));
  edit("insert", (b, [i, x]) => {
    let n = Number(toInt(i!));
    if (n < 0) n = Math.max(0, n + b.v.length);
    n = Math.min(n, b.v.length);
    b.v = b.v.slice(0, n) + String.fromCharCode(byteValue(x!)) + b.v.slice(n);
    return None;
  });
  edit("pop", (b, [i]) => {
    if (b.v.length === 0) raise("IndexError", "pop from empty bytearray");
    let n = i === undefined ? b.v.length - 1 : Number(toInt(i));
    if (n < 0) n += b.v.length;
    if (n < 0 || n >= b.v.length) raise("IndexError", "pop index out of range");
    const c = b.v.charCodeAt(n);
    b.v = b.v.slice(0, n) + b.v.slice(n + 1);
    return c;
  });
  edit("remove", (b, [x]) => {
    const at = b.v.indexOf(String.fromCharCode(byteValue(x!)));
    if (at < 0) valueError("value not found in bytearray");
    b.v = b.v.slice(0, at) + b.v.slice(at + 1);
    return None;
  });
  edit("clear", (b) => ((b.v = ""), None));
  edit("reverse", (b) => ((b.v = Array.from(b.v).reverse().join("")), None));
  edit("copy", (b) => new PyByteArray(b.v));
  edit("__setitem__", (b, [k, v]) => (byteArraySetItem(b, k!, v!), None));
  edit("__delitem__", (b, [k]) => (byteArrayDelItem(b, k!), None));
  T.bytearray.dict.set("__hash__", None);
}

function t_fromhex(t: PyType): void {
  t.dict.set(
    "fromhex",
    new PyClassMethod(
      new PyBuiltin(`${t.name}.fromhex`, ([_cls, s]) => {
        const text = String(s).replace(/\s+/g, "");
        if (!/^([0-9a-fA-F]{2})*$/.test(text)) valueError(`non-hexadecimal number found in fromhex() arg at position ${text.search(/[^0-9a-fA-F]/)}`);
        let out = "";
        for (let i = 0; i < text.length; i += 2) out += String.fromCharCode(parseInt(text.slice(i, i + 2), 16));
        return t === T.bytearray ? new PyByteArray(out) : new PyBytes(out);
      }),
    ),
  );
}
