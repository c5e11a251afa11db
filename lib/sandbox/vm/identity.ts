// `is` for ints and strs. The sandbox keeps them as JS numbers and strings, which have no identity,
// while CPython's are objects: equal ints outside -5..256 (its small-int cache) and equal strs can
// be distinct objects. So for the names some `is` compares, stores record where the value's
// identity comes from (compile/code.ts IdentitySpec: an equal constant of the module, a fresh
// object from arithmetic, int() or a str method, another tracked name) in a token kept beside the
// variable, and IS_OP_ID compares tokens when the values are equal. A value whose identity is
// unknown (a parameter, a loop variable, a list item, a call's result) counts as the same object
// as an equal constant or another unknown, and as a different one from a fresh object.
import type { IdentitySpec, IdentityStore } from "../compile/code";
import { type PyCell, type PyValue } from "../runtime/value";
import type { Frame } from "./frame";

/** a value's identity: a constant's key, a unique object for a fresh value, undefined when unknown */
type Token = unknown;

const namespaceTokens = new WeakMap<Map<string, PyValue>, Map<string, Token>>();
const cellTokens = new WeakMap<PyCell, Token>();

function tokensOf(ns: Map<string, PyValue>): Map<string, Token> {
  let m = namespaceTokens.get(ns);
  if (m === undefined) namespaceTokens.set(ns, (m = new Map()));
  return m;
}

/** the token an IdentitySpec gives, read now (a name's token is the variable's current one) */
function tokenOf(frame: Frame, spec: IdentitySpec): Token {
  switch (spec.k) {
    case "unknown":
      return undefined;
    case "fresh":
      return {};
    case "const":
      return spec.token;
    case "name":
      switch (spec.kind) {
        case "fast":
          return frame.fast[spec.index];
        case "cell":
        case "free":
        case "classderef":
          if (spec.kind === "classderef" && frame.names?.has(spec.name)) return namespaceTokens.get(frame.names)?.get(spec.name);
          return cellTokens.get(frame.cells![spec.index]!);
        case "global":
          return namespaceTokens.get(frame.globals)?.get(spec.name);
        case "name": {
          if (frame.names?.has(spec.name)) return namespaceTokens.get(frame.names)?.get(spec.name);
          return namespaceTokens.get(frame.globals)?.get(spec.name);
        }
      }
  }
}

/** STORE_*_ID: the store itself (as the plain opcode) and the identity beside it */
export function storeWithIdentity(frame: Frame, op: "fast" | "name" | "global" | "deref", arg: number, pc: number, value: PyValue): void {
  const store = frame.code.identity!.get(pc) as IdentityStore;
  const token = tokenOf(frame, store.spec);
  switch (op) {
    case "fast":
      frame.fast[arg] = value;
      frame.fast[store.shadow] = token as PyValue | undefined;
      return;
    case "deref": {
      const cell = frame.cells![arg]!;
      cell.v = value;
      if (token === undefined) cellTokens.delete(cell);
      else cellTokens.set(cell, token);
      return;
    }
    case "name":
    case "global": {
      const name = frame.code.names[arg]!;
      const ns = op === "name" ? frame.names! : frame.globals;
      ns.set(name, value);
      const t = tokensOf(ns);
      if (token === undefined) t.delete(name);
      else t.set(name, token);
      return;
    }
  }
}

/** CPython's value caches: small ints and the one-character latin-1 strs (and "") are always shared */
function alwaysShared(v: PyValue): boolean {
  if (typeof v === "number") return v >= -5 && v <= 256;
  if (typeof v === "string") return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256);
  return typeof v !== "bigint";
}

/** IS_OP_ID: `a is b` with the operands' identities */
export function isWithIdentity(frame: Frame, pc: number, a: PyValue, b: PyValue): boolean {
  if (a !== b) return false;
  if (alwaysShared(a)) return true;
  const [sa, sb] = frame.code.identity!.get(pc) as [IdentitySpec, IdentitySpec];
  const ta = tokenOf(frame, sa);
  const tb = tokenOf(frame, sb);
  if (ta !== undefined && tb !== undefined) return ta === tb;
  // an object made fresh by arithmetic or int() is not one whose origin is unknown (a loop
  // variable, a parameter); an unknown one may well be an equal constant, though
  const known = ta ?? tb;
  return typeof known !== "object";
}
