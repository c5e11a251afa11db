// repr() and str() of every value, with CPython's quoting and the [...] guard for self-containing
// containers.
import { callValue } from "./call";
import { typeName } from "./coerce";
import { typeError } from "./errors";
import { complexRepr } from "./complex";
import { PyCellObject, PyCodeObject } from "./code-object";
import { PySlotMember } from "./slots";
import { PyUnion, unionRepr } from "./union-type";
import { aliasRepr, PyGenericAlias } from "./generic-alias";
import { objId, pyId } from "./hash";
import { decimalString } from "./int-str";
import { floatRepr } from "./num";
import { isSubtype, lookupType, EXC } from "./types";
import { setValues } from "./containers";
import {
  Ellipsis,
  None,
  NotImplemented,
  PyBuiltin,
  PyBytes,
  PyComplex,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyList,
  PyMethod,
  PyModule,
  PyObj,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  T,
  type PyValue,
} from "./value";

/** bytes repr: like str's quoting, but every byte outside printable ASCII is \xNN */
function bytesRepr(b: string): string {
  const q = b.includes("'") && !b.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of b) {
    const c = ch.charCodeAt(0);
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

const reprStack = new Set<object>();

// str.isprintable()'s complement beyond ASCII: Unicode's "Other" and "Separator" categories
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(c: number): string {
  if (c <= 0xff) return "\\x" + c.toString(16).padStart(2, "0");
  if (c <= 0xffff) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

/** ascii(): repr() with every non-ASCII character escaped. */
export function asciiOnly(text: string): string {
  let out = "";
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch : escapeCodePoint(ch.codePointAt(0)!);
  return out;
}

export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === q) out += "\\" + q;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && NON_PRINTABLE.test(ch)) out += escapeCodePoint(c);
    else out += ch;
  }
  return out + q;
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return decimalString(v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return strRepr(v);
  }
  if (v === None) return "None";
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyComplex && v.cls === T.complex) return complexRepr(v);
  const t = v.cls;
  if (t.layout === "object" || t.mro.length > 2 || t.module !== "builtins") {
    const f = lookupType(t, "__repr__");
    if (f !== undefined && !(f instanceof PyBuiltin)) {
      const r = callValue(f, [v], null);
      if (typeof r !== "string") typeError(`__repr__ returned non-string (type ${typeName(r)})`);
      return r as string;
    }
    if (f instanceof PyBuiltin && f.name !== "object.__repr__") return f.fn([v], null) as string;
  }
  return nativeRepr(v);
}

function guarded(o: object, empty: string, f: () => string): string {
  if (reprStack.has(o)) return empty;
  reprStack.add(o);
  try {
    return f();
  } finally {
    reprStack.delete(o);
  }
}

function nativeRepr(v: PyObj): string {
  if (v instanceof PyList) return guarded(v, "[...]", () => "[" + v.items.map(repr).join(", ") + "]");
  if (v instanceof PyTuple) {
    if (v.attrs && v.attrs.has("__nt_fields__")) return namedTupleRepr(v);
    return guarded(v, "(...)", () => (v.items.length === 1 ? "(" + repr(v.items[0]!) + ",)" : "(" + v.items.map(repr).join(", ") + ")"));
  }
  if (v instanceof PyDict) {
    const body = guarded(v, "{...}", () => "{" + [...v.map.values()].map((e) => repr(e.k) + ": " + repr(e.v)).join(", ") + "}");
    if (v.cls === T.dict) return body;
    if (v.factory !== null) return `defaultdict(${repr(v.factory)}, ${body})`;
    if (v.cls.name === "Counter") return v.map.size ? `Counter(${body})` : "Counter()";
    if (v.cls.name === "OrderedDict") return v.map.size ? `OrderedDict(${body})` : "OrderedDict()";
    return body;
  }
  if (v instanceof PySet) {
    const frozen = v.cls === T.frozenset;
    if (v.map.size === 0) return frozen ? "frozenset()" : "set()";
    const body = guarded(v, "{...}", () => "{" + [...setValues(v)].map(repr).join(", ") + "}");
    return frozen ? `frozenset(${body})` : body;
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyBytes) return v.cls === T.bytearray ? `bytearray(b${bytesRepr(v.v)})` : "b" + bytesRepr(v.v);
  if (v instanceof PyType) return v.module === "builtins" ? `<class '${v.name}'>` : `<class '${v.module}.${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at 0x${(0x7f0000000000 + objId(v) * 16).toString(16)}>`;
  if (v instanceof PyBuiltin) return v.self !== null ? `<built-in method ${v.name.split(".").pop()} of ${typeName(v.self)} object>` : `<built-in function ${v.name}>`;
  if (v instanceof PyMethod) return `<bound method ${(v.func as PyFunction).qualname ?? "?"} of ${repr(v.self)}>`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyUnion) return unionRepr(v, repr);
  if (v instanceof PyGenericAlias) return aliasRepr(v, repr);
  if (v instanceof PySlotMember) return `<member '${v.name}' of '${v.owner.name}' objects>`;
  if (v instanceof PyCodeObject) return `<code object ${v.code.name} at 0x${(0x7f0000000000 + objId(v) * 16).toString(16)}, file "${v.code.filename}", line ${v.code.firstLine}>`;
  if (v instanceof PyCellObject) {
    const at = `<cell at 0x${(0x7f0000000000 + objId(v) * 16).toString(16)}: `;
    const c = v.cell.v;
    if (c === undefined) return at + "empty>";
    return at + `${typeName(c)} object at 0x${(0x7f0000000000 + (Number(pyId(c)) % 0xffffffff)).toString(16)}>`;
  }
  if (v instanceof PyExc) return excRepr(v);
  if (v === Ellipsis) return "Ellipsis";
  if (v === NotImplemented) return "NotImplemented";
  const mod = v.cls.module === "builtins" ? "" : v.cls.module + ".";
  return `<${mod}${v.cls.qualname} object at 0x${(0x7f0000000000 + objId(v) * 16).toString(16)}>`;
}

function namedTupleRepr(v: PyTuple): string {
  const fields = (v.attrs!.get("__nt_fields__") as PyTuple).items as string[];
  return `${v.cls.name}(${fields.map((f, i) => `${f}=${repr(v.items[i]!)}`).join(", ")})`;
}

export function excRepr(e: PyExc): string {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0]!)})`;
  return `${name}(${e.args.map(repr).join(", ")})`;
}

export function excStr(e: PyExc): string {
  if (e.cls.name === "KeyError" && e.args.length === 1 && isSubtype(e.cls, T.BaseException)) return repr(e.args[0]!);
  if (e.args.length === 0) return "";
  if (e.args.length === 1) return str(e.args[0]!);
  return repr(new PyTuple(e.args));
}

export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v instanceof PyObj && v !== None && !(v instanceof PyFloat)) {
    const t = v.cls;
    const f = lookupType(t, "__str__");
    if (f !== undefined && !(f instanceof PyBuiltin)) {
      const r = callValue(f, [v], null);
      if (typeof r !== "string") typeError(`__str__ returned non-string (type ${typeName(r)})`);
      return r as string;
    }
    if (f instanceof PyBuiltin && f.name !== "object.__str__" && f.name !== "BaseException.__str__") return f.fn([v], null) as string;
    if (v instanceof PyExc) {
      if (isSubtype(t, EXC.KeyError!) && v.args.length === 1) return repr(v.args[0]!);
      return excStr(v);
    }
  }
  return repr(v);
}
