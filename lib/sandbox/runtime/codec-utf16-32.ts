// The UTF-16 and UTF-32 codecs as CPython has them: "utf-16"/"utf-32" write a byte order mark and
// then little-endian units (CPython's native order on the machines learners use), and on decoding
// honour a leading mark of either order; the -le/-be forms neither write nor strip one.
import { charOf } from "./str-cp";
import { newUnicodeError } from "./unicode-error";

export type WideCodec = "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

const ALIASES: Record<string, WideCodec> = {
  "utf-16": "utf-16",
  utf16: "utf-16",
  u16: "utf-16",
  "utf-16-le": "utf-16-le",
  "utf-16le": "utf-16-le",
  "utf-16-be": "utf-16-be",
  "utf-16be": "utf-16-be",
  "utf-32": "utf-32",
  utf32: "utf-32",
  u32: "utf-32",
  "utf-32-le": "utf-32-le",
  "utf-32le": "utf-32-le",
  "utf-32-be": "utf-32-be",
  "utf-32be": "utf-32-be",
};

/** The wide codec a normalised encoding name (lower case, "-" for "_") names, or undefined. */
export function wideCodec(name: string): WideCodec | undefined {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

function unitBytes(v: number, size: 2 | 4, little: boolean): string {
  let out = "";
  for (let k = 0; k < size; k++) {
    const shift = 8 * (little ? k : size - 1 - k);
    out += String.fromCharCode((v >>> shift) & 0xff);
  }
  return out;
}

function replacementFor(c: number, mode: string): string {
  if (mode === "replace") return "?";
  if (mode === "backslashreplace") return `\\u${c.toString(16).padStart(4, "0")}`;
  if (mode === "xmlcharrefreplace") return `&#${c};`;
  return ""; // ignore
}

/** str.encode for the wide codecs (bytes as one JS char per byte). */
export function encodeWide(s: string, codec: WideCodec, mode: string): string {
  const size = codec.startsWith("utf-16") ? 2 : 4;
  const little = !codec.endsWith("-be");
  let out = codec === "utf-16" || codec === "utf-32" ? unitBytes(0xfeff, size, true) : "";
  const put = (c: number): void => {
    if (size === 4 || c < 0x10000) out += unitBytes(c, size, little);
    else {
      const v = c - 0x10000;
      out += unitBytes(0xd800 | (v >> 10), 2, little) + unitBytes(0xdc00 | (v & 0x3ff), 2, little);
    }
  };
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (mode === "strict" || !["replace", "ignore", "backslashreplace", "xmlcharrefreplace"].includes(mode))
        throw newUnicodeError("UnicodeEncodeError", codec, s, pos, pos + 1, "surrogates not allowed");
      for (const r of replacementFor(c, mode)) put(r.charCodeAt(0));
    } else put(c);
    pos++;
  }
  return out;
}

/** bytes.decode for the wide codecs. */
export function decodeWide(b: string, codec: WideCodec, mode: string): string {
  const size = codec.startsWith("utf-16") ? 2 : 4;
  let little = !codec.endsWith("-be");
  let i = 0;
  let name: string = codec;
  if (codec === "utf-16" || codec === "utf-32") {
    const le = size === 2 ? "\xff\xfe" : "\xff\xfe\x00\x00";
    const be = size === 2 ? "\xfe\xff" : "\x00\x00\xfe\xff";
    if (b.startsWith(le)) i = size;
    else if (b.startsWith(be)) {
      i = size;
      little = false;
    }
    name = `${codec}-${little ? "le" : "be"}`;
  }
  let out = "";
  const bad = (at: number, width: number, why: string): void => {
    if (mode === "strict" || !["replace", "ignore", "backslashreplace"].includes(mode)) {
      throw newUnicodeError("UnicodeDecodeError", name, b, at, at + width, why);
    }
    if (mode === "replace") out += "\ufffd";
    else if (mode === "backslashreplace") for (let k = at; k < at + width; k++) out += `\\x${b.charCodeAt(k).toString(16).padStart(2, "0")}`;
  };
  const read = (at: number): number => {
    let v = 0;
    for (let k = 0; k < size; k++) v += b.charCodeAt(at + k) * 2 ** (8 * (little ? k : size - 1 - k));
    return v;
  };
  while (i < b.length) {
    if (i + size > b.length) {
      bad(i, b.length - i, "truncated data");
      break;
    }
    const u = read(i);
    if (size === 4) {
      if (u > 0x10ffff) bad(i, 4, "code point not in range(0x110000)");
      else if (u >= 0xd800 && u <= 0xdfff) bad(i, 4, "code point in surrogate code point range(0xd800, 0xe000)");
      else out += charOf(u);
      i += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
    } else if (u >= 0xdc00) {
      bad(i, 2, "illegal encoding");
      i += 2;
    } else if (i + 4 > b.length) {
      // a high surrogate with no room for its partner
      if (i + 2 === b.length) bad(i, 2, "unexpected end of data");
      else bad(i, b.length - i, "unexpected end of data");
      break;
    } else {
      const low = read(i + 2);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += charOf(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
        i += 4;
      } else {
        bad(i, 2, "illegal UTF-16 surrogate");
        i += 2;
      }
    }
  }
  return out;
}
