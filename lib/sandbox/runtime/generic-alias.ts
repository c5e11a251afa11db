// `list[int]`, `dict[str, list[int]]` (PEP 585): a types.GenericAlias naming the class it was
// made from and its arguments. It prints as written (inspect.signature shows `list[int]`), makes
// instances of its class when called, reads that class's attributes and serves as a base class;
// equal aliases are one object, so == and hashing hold by identity.
import { typeError } from "./errors";
import { objId } from "./hash";
import { methods } from "./native";
import { makeType } from "./types";
import { callValue } from "./call";
import { Ellipsis, PyList, PyObj, PyTuple, PyType, T, type PyValue } from "./value";

let aliasType: PyType | null = null;
const made = new Map<string, PyGenericAlias>();

function aliasClass(): PyType {
  if (aliasType === null) {
    aliasType = makeType("GenericAlias", [T.object]);
    aliasType.module = "types";
    methods(aliasType, {
      __call__: (args, kw) => callValue((args[0] as PyGenericAlias).origin, args.slice(1), kw),
      __mro_entries__: ([self]) => new PyTuple([(self as PyGenericAlias).origin]),
      __instancecheck__: () => typeError("isinstance() argument 2 cannot be a parameterized generic"),
      __subclasscheck__: () => typeError("issubclass() argument 2 cannot be a parameterized generic"),
    });
  }
  return aliasType;
}

export class PyGenericAlias extends PyObj {
  constructor(
    public origin: PyType,
    public args: PyValue[],
  ) {
    super(aliasClass());
  }
}

function argKey(v: PyValue): string {
  return typeof v === "object" ? "o" + objId(v) : typeof v + ":" + String(v);
}

/** `origin[key]`: the one alias for this class and these arguments */
export function genericAlias(origin: PyType, key: PyValue): PyGenericAlias {
  const args = key instanceof PyTuple ? key.items.slice() : [key];
  const k = objId(origin) + "[" + args.map(argKey).join(",") + "]";
  let found = made.get(k);
  if (found === undefined) made.set(k, (found = new PyGenericAlias(origin, args)));
  return found;
}

/** how an alias shows one of its arguments: classes by name, `...`, lists of arguments in brackets */
function argText(v: PyValue, repr: (v: PyValue) => string): string {
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  if (v === Ellipsis) return "...";
  if (v instanceof PyList) return "[" + v.items.map((x) => argText(x, repr)).join(", ") + "]";
  return repr(v);
}

export function aliasRepr(a: PyGenericAlias, repr: (v: PyValue) => string): string {
  const inner = a.args.length === 0 ? "()" : a.args.map((x) => argText(x, repr)).join(", ");
  return `${argText(a.origin, repr)}[${inner}]`;
}

/** list[int].__origin__, .__args__, .__parameters__; any other name is the class's */
export function aliasAttr(a: PyGenericAlias, name: string, classAttr: (v: PyValue, name: string) => PyValue | undefined): PyValue | undefined {
  switch (name) {
    case "__origin__":
      return a.origin;
    case "__args__":
      return new PyTuple(a.args.slice());
    case "__parameters__":
      return new PyTuple([]);
  }
  return classAttr(a.origin, name);
}
