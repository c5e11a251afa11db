// _json: the native half of the json module (stdlib/json/), as CPython has one: the scanner
// that turns JSON text into Python values, string scanning, and string escaping. Written in
// TypeScript because it walks the text character by character. The error positions and
// messages are CPython 3.11's: every "Expecting value" leaves as StopIteration(index), which
// JSONDecoder.raw_decode turns into the JSONDecodeError; the other errors are raised here
// with the error class the decoder passes in.
import { charOf } from "../runtime/str-cp";
import { getAttr } from "../runtime/attrs";
import { callValue } from "../runtime/call";
import { truthy } from "../runtime/coerce";
import { dictSet } from "../runtime/containers";
import { newExc } from "../runtime/errors";
import { fn, makeModule } from "../runtime/native";
import { None, plainValue, PyDict, PyFloat, PyList, PyTuple, T, type PyModule, type PyValue } from "../runtime/value";

const WS = " \t\n\r";
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

type Fail = (msg: string, pos: number) => never;

function failWith(errorClass: PyValue, doc: string): Fail {
  return (msg, pos) => {
    throw callValue(errorClass, [msg, doc, pos], null);
  };
}

function expectingValue(pos: number): never {
  const stop = newExc("StopIteration", pos);
  stop.attrs = new Map([["value", pos]]);
  throw stop;
}

const hexValue = (h: string): number => (/^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1);

/** Reads a JSON string whose opening quote is at begin - 1; returns the text and the index after
 * the closing quote. */
function scanString(s: string, begin: number, strict: boolean, fail: Fail): [string, number] {
  let out = "";
  let i = begin;
  for (;;) {
    let j = i;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 34 /* " */ || c === 92 /* \ */) break;
      if (strict && c <= 0x1f) fail("Invalid control character at", j);
      j++;
    }
    if (j >= s.length) fail("Unterminated string starting at", begin - 1);
    out += s.slice(i, j);
    if (s[j] === '"') return [out, j + 1];
    // a backslash
    const next = j + 1;
    if (next >= s.length) fail("Unterminated string starting at", begin - 1);
    const e = s[next]!;
    if (e !== "u") {
      const simple = SIMPLE_ESCAPES[e];
      if (simple === undefined) fail("Invalid \\escape", j);
      out += simple;
      i = next + 1;
      continue;
    }
    // \uXXXX, and a following \uXXXX that completes a surrogate pair
    if (next + 5 >= s.length) fail("Invalid \\uXXXX escape", next);
    let code = hexValue(s.slice(next + 1, next + 5));
    if (code < 0) fail("Invalid \\uXXXX escape", next);
    i = next + 5;
    if (code >= 0xd800 && code <= 0xdbff && i + 6 < s.length && s[i] === "\\" && s[i + 1] === "u") {
      const low = hexValue(s.slice(i + 2, i + 6));
      if (low < 0) fail("Invalid \\uXXXX escape", i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 6;
      }
    }
    out += charOf(code);
  }
}

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.includes(s[i]!)) i++;
  return i;
}

type Hooks = {
  strict: boolean;
  objectHook: PyValue;
  pairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
};

function readHooks(ctx: PyValue): Hooks {
  const opt = (name: string) => getAttr(ctx, name);
  return {
    strict: truthy(opt("strict")),
    objectHook: opt("object_hook"),
    pairsHook: opt("object_pairs_hook"),
    parseFloat: opt("parse_float"),
    parseInt: opt("parse_int"),
    parseConstant: opt("parse_constant"),
  };
}

function constant(h: Hooks, name: string, value: number): PyValue {
  return h.parseConstant === None ? new PyFloat(value) : callValue(h.parseConstant, [name], null);
}

function scanValue(s: string, i: number, h: Hooks, fail: Fail): [PyValue, number] {
  if (i >= s.length) expectingValue(i);
  const c = s[i]!;
  switch (c) {
    case '"':
      return scanString(s, i + 1, h.strict, fail);
    case "{":
      return scanObject(s, i + 1, h, fail);
    case "[":
      return scanArray(s, i + 1, h, fail);
    case "n":
      if (s.startsWith("null", i)) return [None, i + 4];
      break;
    case "t":
      if (s.startsWith("true", i)) return [true, i + 4];
      break;
    case "f":
      if (s.startsWith("false", i)) return [false, i + 5];
      break;
    case "N":
      if (s.startsWith("NaN", i)) return [constant(h, "NaN", NaN), i + 3];
      break;
    case "I":
      if (s.startsWith("Infinity", i)) return [constant(h, "Infinity", Infinity), i + 8];
      break;
    case "-":
      if (s.startsWith("-Infinity", i)) return [constant(h, "-Infinity", -Infinity), i + 9];
      break;
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(s);
  if (m === null) expectingValue(i);
  const text = m![0];
  const end = i + text.length;
  if (m![1] !== undefined || m![2] !== undefined) {
    return [h.parseFloat === T.float ? new PyFloat(Number(text)) : callValue(h.parseFloat, [text], null), end];
  }
  return [callValue(h.parseInt === None ? T.int : h.parseInt, [text], null), end];
}

function scanObject(s: string, i: number, h: Hooks, fail: Fail): [PyValue, number] {
  const pairs: [PyValue, PyValue][] = [];
  i = skipWs(s, i);
  if (s[i] === "}") return [finishObject(pairs, h), i + 1];
  if (s[i] !== '"') fail("Expecting property name enclosed in double quotes", i);
  for (;;) {
    const [key, afterKey] = scanString(s, i + 1, h.strict, fail);
    i = skipWs(s, afterKey);
    if (s[i] !== ":") fail("Expecting ':' delimiter", i);
    i = skipWs(s, i + 1);
    const [value, afterValue] = scanValue(s, i, h, fail);
    pairs.push([key, value]);
    i = skipWs(s, afterValue);
    const sep = s[i];
    i++;
    if (sep === "}") break;
    if (sep !== ",") fail("Expecting ',' delimiter", i - 1);
    i = skipWs(s, i);
    if (s[i] !== '"') fail("Expecting property name enclosed in double quotes", i);
  }
  return [finishObject(pairs, h), i];
}

function finishObject(pairs: [PyValue, PyValue][], h: Hooks): PyValue {
  if (h.pairsHook !== None) return callValue(h.pairsHook, [new PyList(pairs.map((p) => new PyTuple(p)))], null);
  const d = new PyDict();
  for (const [k, v] of pairs) dictSet(d, k, v);
  return h.objectHook !== None ? callValue(h.objectHook, [d], null) : d;
}

function scanArray(s: string, i: number, h: Hooks, fail: Fail): [PyValue, number] {
  const items: PyValue[] = [];
  i = skipWs(s, i);
  if (s[i] === "]") return [new PyList(items), i + 1];
  for (;;) {
    const [value, after] = scanValue(s, i, h, fail);
    items.push(value);
    i = skipWs(s, after);
    const sep = s[i];
    i++;
    if (sep === "]") break;
    if (sep !== ",") fail("Expecting ',' delimiter", i - 1);
    i = skipWs(s, i);
  }
  return [new PyList(items), i];
}

const ESCAPED: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const u4 = (c: number): string => "\\u" + c.toString(16).padStart(4, "0");

/** A JSON string literal; with `ascii`, everything outside printable ASCII as \uXXXX. */
export function quoteJson(s: string, ascii: boolean): string {
  const needs = ascii ? /[\\"\u0000-\u001f\u007f-\uffff]/g : /[\\"\u0000-\u001f]/g;
  return '"' + s.replace(needs, (ch) => ESCAPED[ch] ?? u4(ch.charCodeAt(0))) + '"';
}

export function makeJsonCore(): PyModule {
  return makeModule("_json", {
    encode_basestring_ascii: fn("encode_basestring_ascii", ([s]) => quoteJson(plainValue(s!) as string, true)),
    encode_basestring: fn("encode_basestring", ([s]) => quoteJson(plainValue(s!) as string, false)),
    scanstring: fn("scanstring", ([s, end, strict, errorClass]) => {
      const doc = plainValue(s!) as string;
      const [text, after] = scanString(doc, Number(end), strict === undefined || truthy(strict), failWith(errorClass ?? T.object, doc));
      return new PyTuple([text, after]);
    }),
    // make_scanner(decoder, error_class) -> scan_once(s, idx): (value, end)
    make_scanner: fn("make_scanner", ([ctx, errorClass]) => {
      const hooks = readHooks(ctx!);
      return fn("scan_once", ([s, idx]) => {
        const doc = plainValue(s!) as string;
        const [value, end] = scanValue(doc, Number(idx), hooks, failWith(errorClass!, doc));
        return new PyTuple([value, end]);
      });
    }),
  });
}
