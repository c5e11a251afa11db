// UnicodeEncodeError and UnicodeDecodeError as CPython 3.11 builds them: five arguments
// (encoding, object, start, end, reason) kept as attributes, and a message rebuilt from those
// attributes each time the error is printed ("can't encode character '\xe9' in position 1" for
// one character, "characters in position 1-2" for a run).
import { typeName } from "./coerce";
import { typeError } from "./errors";
import { codePoints } from "./str-cp";
import { str } from "./repr";
import { EXC } from "./types";
import { None, PyBytes, PyExc, type PyValue } from "./value";

type Kind = "UnicodeEncodeError" | "UnicodeDecodeError";

/** A codec's error: `object` is the whole str being encoded or the whole bytes being decoded. */
export function newUnicodeError(kind: Kind, encoding: string, object: string, start: number, end: number, reason: string): PyExc {
  const e = new PyExc(EXC[kind]!);
  fillUnicodeError(e, [encoding, kind === "UnicodeDecodeError" ? new PyBytes(object) : object, start, end, reason]);
  return e;
}

export function fillUnicodeError(e: PyExc, args: PyValue[]): void {
  if (args.length !== 5) typeError(`function takes exactly 5 arguments (${args.length} given)`);
  const [encoding, object, start, end, reason] = args as [PyValue, PyValue, PyValue, PyValue, PyValue];
  const decode = e.cls === EXC.UnicodeDecodeError || e.cls.mro.includes(EXC.UnicodeDecodeError!);
  if (typeof encoding !== "string") typeError(`argument 1 must be str, not ${typeName(encoding)}`);
  if (decode && !(object instanceof PyBytes)) typeError(`a bytes-like object is required, not '${typeName(object)}'`);
  if (!decode && typeof object !== "string") typeError(`argument 2 must be str, not ${typeName(object)}`);
  for (const n of [start, end]) if (typeof n !== "number") typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  if (typeof reason !== "string") typeError(`argument 5 must be str, not ${typeName(reason)}`);
  const attrs = e.attrs ?? (e.attrs = new Map());
  // a bytearray is kept as bytes, as CPython keeps it
  attrs.set("encoding", encoding);
  attrs.set("object", decode ? new PyBytes((object as PyBytes).v) : object);
  attrs.set("start", start);
  attrs.set("end", end);
  attrs.set("reason", reason);
  e.args = args;
}

function escapeChar(c: number): string {
  if (c <= 0xff) return `\\x${c.toString(16).padStart(2, "0")}`;
  if (c <= 0xffff) return `\\u${c.toString(16).padStart(4, "0")}`;
  return `\\U${c.toString(16).padStart(8, "0")}`;
}

export function unicodeErrorStr(e: PyExc): string {
  const a = e.attrs;
  const object = a?.get("object");
  const start = a?.get("start");
  const end = a?.get("end");
  if (object === undefined || typeof start !== "number" || typeof end !== "number") return "";
  const encoding = str(a!.get("encoding") ?? None);
  const reason = str(a!.get("reason") ?? None);
  if (object instanceof PyBytes) {
    if (end === start + 1 && start >= 0 && start < object.v.length)
      return `'${encoding}' codec can't decode byte 0x${object.v.charCodeAt(start).toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = codePoints(String(object));
  if (end === start + 1 && start >= 0 && start < cps.length)
    return `'${encoding}' codec can't encode character '${escapeChar(cps[start]!.codePointAt(0)!)}' in position ${start}: ${reason}`;
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}
