// base64 and the parts of binascii it rests on (Error, hexlify/unhexlify, a2b/b2a_base64): written
// for the sandbox from RFC 4648 and CPython 3.11's documented behaviour, bytes held as one JS char
// per byte. binascii.Error is a ValueError, as in CPython; Ascii85/Base85 are not provided.
import { typeName, truthy } from "../runtime/coerce";
import { raise, typeError } from "../runtime/errors";
import { fn, kwArg, makeModule } from "../runtime/native";
import { EXC, makeType } from "../runtime/types";
import { None, PyBytes, PyExc, type Kw, type PyModule, type PyType, type PyValue } from "../runtime/value";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

let errorType: PyType | null = null;
let incompleteType: PyType | null = null;

function binasciiTypes(): { Error: PyType; Incomplete: PyType } {
  if (errorType === null) {
    errorType = makeType("Error", [EXC.ValueError!]);
    errorType.module = "binascii";
    incompleteType = makeType("Incomplete", [EXC.Exception!]);
    incompleteType.module = "binascii";
  }
  return { Error: errorType, Incomplete: incompleteType! };
}

function binasciiError(msg: string): never {
  const e = new PyExc(binasciiTypes().Error);
  e.args = [msg];
  throw e;
}

/** the bytes of a bytes-like argument (bytes, bytearray) */
function bytesLike(v: PyValue | undefined): string {
  if (v instanceof PyBytes) return v.v;
  return typeError(`a bytes-like object is required, not '${typeName(v ?? None)}'`);
}

/** a decoder's input: bytes-like, or a str of ASCII characters only */
function asciiOrBytes(v: PyValue | undefined): string {
  if (typeof v === "string") {
    if (/[^\x00-\x7f]/.test(v)) raise("ValueError", "string argument should contain only ASCII characters");
    return v;
  }
  if (v instanceof PyBytes) return v.v;
  return typeError(`argument should be a bytes-like object or ASCII string, not '${typeName(v ?? None)}'`);
}

const out = (s: string): PyBytes => new PyBytes(s);

function b64Encode(s: string): string {
  let r = "";
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i);
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
    r += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    r += i + 1 < s.length ? B64[((b & 15) << 2) | (c >> 6)]! : "=";
    r += i + 2 < s.length ? B64[c & 63]! : "=";
  }
  return r;
}

/** binascii.a2b_base64: characters outside the alphabet are skipped (refused in strict mode, which
 * b64decode(validate=True) asks for), and decoding stops at the padding that completes a group */
function b64Decode(s: string, strict = false): string {
  let r = "";
  let quad = 0;
  let left = 0;
  let pads = 0;
  let padded = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "=") {
      padded = true;
      if (strict && quad === 0 && r.length === 0) binasciiError("Leading padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < s.length) binasciiError("Excess data after padding");
        return r;
      }
      continue;
    }
    const v = B64.indexOf(ch);
    if (v < 0) {
      if (strict) binasciiError("Only base64 data is allowed");
      continue;
    }
    if (strict && padded) binasciiError("Discontinuous padding not allowed");
    pads = 0;
    if (quad === 0) {
      left = v;
      quad = 1;
    } else if (quad === 1) {
      r += String.fromCharCode((left << 2) | (v >> 4));
      left = v & 15;
      quad = 2;
    } else if (quad === 2) {
      r += String.fromCharCode(((left << 4) | (v >> 2)) & 255);
      left = v & 3;
      quad = 3;
    } else {
      r += String.fromCharCode(((left << 6) | v) & 255);
      quad = 0;
    }
  }
  if (quad === 1) binasciiError(`Invalid base64-encoded string: number of data characters (${(r.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  if (quad !== 0) binasciiError("Incorrect padding");
  return r;
}

function translate(s: string, from: string, to: string): string {
  let r = "";
  for (const ch of s) {
    const k = from.indexOf(ch);
    r += k < 0 ? ch : to[k]!;
  }
  return r;
}

function altPair(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  const a = asciiOrBytes(v);
  if (a.length !== 2) raise("AssertionError", v instanceof PyBytes ? `b'${a}'` : `'${a}'`);
  return a;
}

function b64encode(args: PyValue[], kw: Kw): PyValue {
  const s = b64Encode(bytesLike(args[0] ?? kwArg(kw, "s")));
  const alt = altPair(args[1] ?? kwArg(kw, "altchars"));
  return out(alt === null ? s : translate(s, "+/", alt));
}

function b64decode(args: PyValue[], kw: Kw): PyValue {
  let s = asciiOrBytes(args[0] ?? kwArg(kw, "s"));
  const alt = altPair(args[1] ?? kwArg(kw, "altchars"));
  if (alt !== null) s = translate(s, alt, "+/");
  return out(b64Decode(s, truthy(args[2] ?? kwArg(kw, "validate") ?? false)));
}

function b32Encode(s: string, alphabet: string): string {
  let r = "";
  for (let i = 0; i < s.length; i += 5) {
    const chunk = s.slice(i, i + 5);
    let bits = 0n;
    for (let k = 0; k < 5; k++) bits = (bits << 8n) | BigInt(k < chunk.length ? chunk.charCodeAt(k) : 0);
    let group = "";
    for (let k = 7; k >= 0; k--) group += alphabet[Number((bits >> BigInt(k * 5)) & 31n)]!;
    const keep = [0, 2, 4, 5, 7, 8][chunk.length]!;
    r += group.slice(0, keep) + "=".repeat(8 - keep);
  }
  return r;
}

function b32Decode(args: PyValue[], kw: Kw, alphabet: string, hex: boolean): PyValue {
  let s = asciiOrBytes(args[0] ?? kwArg(kw, "s"));
  if (s.length % 8 !== 0) binasciiError("Incorrect padding");
  if (!hex) {
    const map01 = args[2] ?? kwArg(kw, "map01");
    if (map01 !== undefined && map01 !== None) {
      const m = asciiOrBytes(map01);
      if (m.length !== 1) raise("AssertionError", map01 instanceof PyBytes ? `b'${m}'` : `'${m}'`);
      s = translate(s, "01", "O" + m);
    }
  }
  if (truthy(args[1] ?? kwArg(kw, "casefold") ?? false)) s = s.toUpperCase();
  const body = s.replace(/=*$/, "");
  const pad = s.length - body.length;
  if (![0, 1, 3, 4, 6].includes(pad)) binasciiError("Incorrect padding");
  let r = "";
  for (let i = 0; i < body.length; i += 8) {
    let bits = 0n;
    const group = body.slice(i, i + 8);
    for (let k = 0; k < 8; k++) {
      const v = k < group.length ? alphabet.indexOf(group[k]!) : 0;
      if (v < 0) binasciiError("Non-base32 digit found");
      bits = (bits << 5n) | BigInt(v);
    }
    const bytes = i + 8 < body.length ? 5 : [0, 0, 1, 0, 2, 3, 0, 4, 5][group.length]!;
    for (let k = 0; k < bytes; k++) r += String.fromCharCode(Number((bits >> BigInt(32 - 8 * k)) & 255n));
  }
  return out(r);
}

function hexlify(s: string): string {
  let r = "";
  for (let i = 0; i < s.length; i++) r += s.charCodeAt(i).toString(16).padStart(2, "0");
  return r;
}

function unhexlify(s: string): string {
  if (s.length % 2 !== 0) binasciiError("Odd-length string");
  if (/[^0-9a-fA-F]/.test(s)) binasciiError("Non-hexadecimal digit found");
  let r = "";
  for (let i = 0; i < s.length; i += 2) r += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
  return r;
}

export function makeBinasciiModule(): PyModule {
  const t = binasciiTypes();
  return makeModule("binascii", {
    Error: t.Error,
    Incomplete: t.Incomplete,
    hexlify: fn("hexlify", ([s]) => out(hexlify(bytesLike(s)))),
    b2a_hex: fn("b2a_hex", ([s]) => out(hexlify(bytesLike(s)))),
    unhexlify: fn("unhexlify", ([s]) => out(unhexlify(asciiOrBytes(s)))),
    a2b_hex: fn("a2b_hex", ([s]) => out(unhexlify(asciiOrBytes(s)))),
    b2a_base64: fn("b2a_base64", ([s], kw) => out(b64Encode(bytesLike(s)) + (truthy(kwArg(kw, "newline") ?? true) ? "\n" : ""))),
    a2b_base64: fn("a2b_base64", ([s]) => out(b64Decode(asciiOrBytes(s)))),
  });
}

/** base64 with the process's own binascii module as its `binascii` attribute */
export function makeBase64Module(binascii: PyValue): PyModule {
  const urlsafe = (s: string): string => translate(s, "-_", "+/");
  return makeModule("base64", {
    b64encode: fn("b64encode", b64encode),
    b64decode: fn("b64decode", b64decode),
    standard_b64encode: fn("standard_b64encode", ([s]) => out(b64Encode(bytesLike(s)))),
    standard_b64decode: fn("standard_b64decode", ([s]) => out(b64Decode(asciiOrBytes(s)))),
    urlsafe_b64encode: fn("urlsafe_b64encode", ([s]) => out(translate(b64Encode(bytesLike(s)), "+/", "-_"))),
    urlsafe_b64decode: fn("urlsafe_b64decode", ([s]) => out(b64Decode(urlsafe(asciiOrBytes(s))))),
    b32encode: fn("b32encode", ([s]) => out(b32Encode(bytesLike(s), B32))),
    b32decode: fn("b32decode", (args, kw) => b32Decode(args, kw, B32, false)),
    b32hexencode: fn("b32hexencode", ([s]) => out(b32Encode(bytesLike(s), B32HEX))),
    b32hexdecode: fn("b32hexdecode", (args, kw) => b32Decode(args, kw, B32HEX, true)),
    b16encode: fn("b16encode", ([s]) => out(hexlify(bytesLike(s)).toUpperCase())),
    b16decode: fn("b16decode", (args, kw) => {
      let s = asciiOrBytes(args[0] ?? kwArg(kw, "s"));
      if (truthy(args[1] ?? kwArg(kw, "casefold") ?? false)) s = s.toUpperCase();
      if (/[^0-9A-F]/.test(s)) binasciiError("Non-base16 digit found");
      return out(unhexlify(s));
    }),
    encodebytes: fn("encodebytes", ([s]) => {
      const b = bytesLike(s);
      let r = "";
      for (let i = 0; i < b.length; i += 57) r += b64Encode(b.slice(i, i + 57)) + "\n";
      return out(r);
    }),
    decodebytes: fn("decodebytes", ([s]) => {
      if (!(s instanceof PyBytes)) return typeError(`expected bytes-like object, not ${typeName(s ?? None)}`);
      return out(b64Decode(s.v));
    }),
    binascii,
  });
}
