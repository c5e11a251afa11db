// `int | str` (PEP 604): a types.UnionType holding its member types, flattened and without
// duplicates, usable with isinstance/issubclass (and singledispatch's register).
import { PyGenericAlias } from "./generic-alias";
import { makeType } from "./types";
import { None, PyObj, PyTuple, PyType, type PyValue, T } from "./value";

let unionType: PyType | null = null;

function unionClass(): PyType {
  if (unionType === null) {
    unionType = makeType("UnionType", [T.object]);
    unionType.module = "types";
  }
  return unionType;
}

export class PyUnion extends PyObj {
  constructor(public args: PyValue[]) {
    super(unionClass());
  }
}

/** a type, None (NoneType) or a union: what `|` can join */
function isUnionable(v: PyValue): boolean {
  return v instanceof PyType || v === None || v instanceof PyUnion || v instanceof PyGenericAlias;
}

/** `a | b` for types, or null when an operand is not one */
export function unionOf(a: PyValue, b: PyValue): PyUnion | null {
  if (!isUnionable(a) || !isUnionable(b)) return null;
  const args: PyValue[] = [];
  for (const x of [a, b]) {
    for (const m of x instanceof PyUnion ? x.args : [x === None ? T.NoneType : x]) if (!args.includes(m)) args.push(m);
  }
  return new PyUnion(args);
}

export function unionArgs(u: PyUnion): PyTuple {
  return new PyTuple(u.args.slice());
}

export function unionRepr(u: PyUnion, repr: (v: PyValue) => string): string {
  return u.args.map((t) => (t === T.NoneType ? "None" : !(t instanceof PyType) ? repr(t) : t.module === "builtins" ? t.name : `${t.module}.${t.qualname}`)).join(" | ");
}
