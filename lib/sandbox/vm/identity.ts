// `is` for ints and strs. The sandbox keeps them as JS numbers and strings, which have no identity,
// while CPython's are objects: equal ints outside -5..256 (its small-int cache) and equal strs can
// be distinct objects. So for the names some `is` compares, stores record where the value's
// identity comes from (compile/code.ts IdentitySpec: an equal constant of the module, a fresh
// object from arithmetic, int() or a str method, another tracked name) in a token kept beside the
// variable, and IS_OP_ID compares tokens when the values are equal. A value whose identity is
// unknown (a parameter, a call's result) counts as the same object as an equal constant or another
// unknown, and as a different one from a fresh object.
//
// Lists follow too, where the compiler proved it can (compile/identity-names.ts: the list's name is
// only read, iterated, unpacked or appended to): the list a display, a comprehension or split()
// builds gets one token per item, kept by its items array, and `xs[i]`, `for x in xs`, `a, b = xs`
// read them back. A list changed some other way has as many tokens as it had items before, or
// a new items array, and its items fall back to unknown.
import type { IdentitySpec, IdentityStore, ListIdentity, NameRef } from "../compile/code";
import { carriedValue, PyFloat, PyList, PyListIter, type PyCell, type PyValue } from "../runtime/value";
import { isStartupInterned } from "../compile/interned";
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

/** item tokens of the lists built where identity matters, by the list's items array */
const listTokens = new WeakMap<PyValue[], Token[]>();
/** `sys.intern`'s table, per module namespace: the token of the str each value interned to first */
const internTables = new WeakMap<Map<string, PyValue>, Map<string, Token>>();

/** a variable's current value (undefined when unbound) */
function readName(frame: Frame, ref: NameRef): PyValue | undefined {
  switch (ref.kind) {
    case "fast":
      return frame.fast[ref.index];
    case "cell":
    case "free":
    case "classderef":
      if (ref.kind === "classderef" && frame.names?.has(ref.name)) return frame.names.get(ref.name);
      return frame.cells![ref.index]!.v;
    case "global":
      return frame.globals.get(ref.name);
    case "name":
      return frame.names?.get(ref.name) ?? frame.globals.get(ref.name);
  }
}

/** the tokens of a list's items, if every item has one */
function itemTokens(items: PyValue[]): Token[] | undefined {
  const toks = listTokens.get(items);
  return toks !== undefined && toks.length === items.length ? toks : undefined;
}

/** the token of `value`, found at `items[i]`, if the list's tokens are whole and it is still there */
function itemToken(items: PyValue[], i: number, value: PyValue | undefined): Token {
  const toks = itemTokens(items);
  if (toks === undefined || i < 0 || i >= items.length || items[i] !== value) return undefined;
  return toks[i];
}

/** an instance of a str subclass (whose split and strip always make exact strs) */
function isStrSubclass(v: PyValue | undefined): boolean {
  return typeof v === "object" && typeof carriedValue(v) === "string";
}

/** the value a split receiver had: a constant's, or its variable's now */
function receiverValue(frame: Frame, recvVal: NameRef | string | null): PyValue | undefined {
  return recvVal === null ? undefined : typeof recvVal === "string" ? recvVal : readName(frame, recvVal);
}

/** the token an IdentitySpec gives to `value`, read now (a name's token is the variable's current one) */
function tokenOf(frame: Frame, spec: IdentitySpec, value: PyValue | undefined, stack: PyValue[] | null): Token {
  switch (spec.k) {
    case "unknown":
      return undefined;
    case "fresh":
      return {};
    case "const":
      return spec.token;
    case "item": {
      const list = readName(frame, spec.of);
      if (!(list instanceof PyList)) return undefined;
      let i = typeof spec.index === "number" ? spec.index : readName(frame, spec.index);
      if (typeof i !== "number") return undefined;
      if (i < 0) i += list.items.length;
      return itemToken(list.items, i, value);
    }
    case "iter": {
      const it = stack?.[stack.length - 1];
      return it instanceof PyListIter ? itemToken(it.items, it.i - 1, value) : undefined;
    }
    case "sameOrNew": {
      const whole = receiverValue(frame, spec.recvVal);
      // CPython's split returns the receiver itself when it found nothing to split (and a
      // receiver that is no str may return anything)
      if (typeof whole !== "string") return isStrSubclass(whole) ? {} : undefined;
      return whole === value ? tokenOf(frame, spec.recv, value, null) : {};
    }
    case "intOf": {
      if (spec.argVal === null) {
        const t = tokenOf(frame, spec.arg, value, null);
        if (t !== undefined || spec.arg.k !== "item") return t;
        // int() of an item that is a str (still there) parsed it: a new int
        const list = readName(frame, spec.arg.of);
        const i = typeof spec.arg.index === "number" ? spec.arg.index : readName(frame, spec.arg.index);
        return list instanceof PyList && typeof i === "number" && typeof list.items.at(i) === "string" ? {} : undefined;
      }
      const x = readName(frame, spec.argVal);
      if (typeof x === "number" || typeof x === "bigint") return x === value ? tokenOf(frame, spec.arg, x, null) : undefined;
      // parsed from a str (or cut from a float): a new int
      return typeof x === "string" || x instanceof PyFloat ? {} : undefined;
    }
    case "intern": {
      if (typeof value !== "string") return undefined;
      // identifier-like strs CPython interned before the program ran (its constants, its names)
      if (spec.pre(value)) return `s${value.length}:${value}`;
      let table = internTables.get(frame.globals);
      if (table === undefined) internTables.set(frame.globals, (table = new Map()));
      if (table.has(value)) return table.get(value);
      const t = tokenOf(frame, spec.arg, value, null);
      table.set(value, t);
      return t;
    }
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
export function storeWithIdentity(frame: Frame, op: "fast" | "name" | "global" | "deref", arg: number, pc: number, value: PyValue, stack: PyValue[]): void {
  const store = frame.code.identity!.get(pc) as IdentityStore;
  const token = tokenOf(frame, store.spec, value, stack);
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

/** CPython's value caches: small ints and the one-character latin-1 strs (and "") are always
 * shared, but for the one-character identifiers its start-up interned as objects of their own
 * (`a`, `_`, ...): a constant of the program is that interned copy, a str made at run time the
 * cache's (oneCharToken) */
function alwaysShared(v: PyValue): boolean {
  if (typeof v === "number") return v >= -5 && v <= 256;
  if (typeof v === "string") return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256 && !isStartupInterned(v));
  return typeof v !== "bigint";
}

/** the cached one-character str every fresh one is */
const ONE_CHAR_CACHE = {};

function oneCharToken(t: Token): Token {
  return typeof t === "object" && t !== null ? ONE_CHAR_CACHE : t;
}

/** IS_OP_ID: `a is b` with the operands' identities */
export function isWithIdentity(frame: Frame, pc: number, a: PyValue, b: PyValue): boolean {
  if (a !== b) return false;
  if (alwaysShared(a)) return true;
  const [sa, sb] = frame.code.identity!.get(pc) as [IdentitySpec, IdentitySpec];
  let ta = tokenOf(frame, sa, a, null);
  let tb = tokenOf(frame, sb, b, null);
  if (typeof a === "string" && a.length === 1) {
    ta = oneCharToken(ta);
    tb = oneCharToken(tb);
  }
  if (ta !== undefined && tb !== undefined) return ta === tb;
  // an object made fresh by arithmetic or int() is not one whose origin is unknown (a loop
  // variable, a parameter); an unknown one may well be an equal constant, though
  const known = ta ?? tb;
  return typeof known !== "object";
}

/** ID_LIST: record the item tokens of the list on top of the stack (a display, split()'s result) */
export function noteListIdentity(frame: Frame, pc: number, list: PyValue): void {
  if (!(list instanceof PyList)) return;
  const spec = frame.code.identity!.get(pc) as ListIdentity;
  const items = list.items;
  switch (spec.k) {
    case "display":
      if (spec.elts.length === items.length)
        listTokens.set(
          items,
          spec.elts.map((e, i) => tokenOf(frame, e, items[i], null)),
        );
      return;
    case "split": {
      const whole = receiverValue(frame, spec.recvVal);
      // an unnamed receiver (a str a join or a method just made): two or more parts are each
      // shorter than it, so new strs
      if (whole === undefined) {
        if (spec.recv.k !== "fresh") return;
        if (items.length > 1)
          listTokens.set(
            items,
            items.map(() => ({})),
          );
        // by a separator, one part means none was found: the part is the receiver
        else if (items.length === 1 && spec.sep) listTokens.set(items, [tokenOf(frame, spec.recv, items[0], null)]);
        return;
      }
      if (typeof whole !== "string") {
        // a str subclass's parts are always new strs
        if (isStrSubclass(whole))
          listTokens.set(
            items,
            items.map(() => ({})),
          );
        return;
      }
      const recv = tokenOf(frame, spec.recv, whole, null);
      listTokens.set(
        items,
        items.map((v) => (v === whole ? recv : {})),
      );
      return;
    }
    case "append":
      return;
  }
}

/** ID_LIST_APPEND (a comprehension's LIST_APPEND) and ID_APPENDED (after `xs.append(x)`): the
 * appended item's token joins the list's, if the list had one per item before */
export function noteAppended(frame: Frame, pc: number, list: PyValue | undefined): void {
  const spec = frame.code.identity!.get(pc) as Extract<ListIdentity, { k: "append" }>;
  if (spec.of !== null) list = readName(frame, spec.of);
  if (!(list instanceof PyList)) return;
  const items = list.items;
  const toks = listTokens.get(items);
  if (toks === undefined) return;
  if (toks.length === items.length - 1) toks.push(tokenOf(frame, spec.elt, items[items.length - 1], null));
  else listTokens.delete(items);
}
