// Decoding of Python string literal text (prefix, quotes, escapes).
import { noteWide } from "../runtime/str-cp";

export type StrPrefix = { raw: boolean; bytes: boolean; fmt: boolean; quoteLen: number };

export function splitPrefix(text: string): StrPrefix & { prefixLen: number } {
  let i = 0;
  let raw = false;
  let bytes = false;
  let fmt = false;
  while (i < text.length) {
    const c = text[i]!.toLowerCase();
    if (c === "r") raw = true;
    else if (c === "b") bytes = true;
    else if (c === "f") fmt = true;
    else if (c === "u") {
      /* legacy prefix, no effect */
    } else break;
    i++;
  }
  const q = text[i];
  const triple = text.startsWith(q === '"' ? '"""' : "'''", i);
  return { raw, bytes, fmt, quoteLen: triple ? 3 : 1, prefixLen: i };
}

const SIMPLE: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

export function decodeEscapes(body: string, raw: boolean): string {
  if (raw || body.indexOf("\\") < 0) return noteWide(body);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = body[i + 1];
    if (n === undefined) {
      out += "\\";
      break;
    }
    if (n in SIMPLE) {
      out += SIMPLE[n];
      i++;
    } else if (n === "x") {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (n === "u") {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (n === "U") {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16));
      i += 9;
    } else if (n >= "0" && n <= "7") {
      let j = i + 1;
      let s = "";
      while (j < body.length && j < i + 4 && body[j]! >= "0" && body[j]! <= "7") s += body[j++];
      out += String.fromCharCode(parseInt(s, 8));
      i = j - 1;
    } else if (n === "N") {
      throw new Error("\\N{...} escapes are not supported");
    } else {
      out += "\\" + n;
      i++;
    }
  }
  return noteWide(out);
}

/** Decode a complete non-f string literal token. */
export function decodeStringLiteral(text: string): { value: string; bytes: boolean } {
  const p = splitPrefix(text);
  const body = text.slice(p.prefixLen + p.quoteLen, text.length - p.quoteLen);
  return { value: decodeEscapes(body, p.raw), bytes: p.bytes };
}
