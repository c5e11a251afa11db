// Which names a module's `is` comparisons need identities for (vm/identity.ts). Ints and strs carry
// no identity in the sandbox, so stores record one only where some `is` may read it: the names
// compared directly, the names their values come from (`x = xs[0]`, `for x in xs`, `a, b = xs`,
// `sys.intern(s)`, `s.split(",")`), and, for lists whose items are compared, the lists. Names are
// taken by identifier across the whole module, which only ever tracks more than needed.
//
// A list's item identities are kept only while the compiler can see every change to it: its name
// may be rebound, indexed, iterated, unpacked, passed to a builtin that only reads it, compared,
// or appended to by an `xs.append(x)` statement. Any other use (a method that reorders, an item
// store, `+=`, an alias, a call that could keep it) leaves its items unknown.
import type { Arg, Expr, Stmt } from "../parse/ast";

export type IdentityNames = {
  /** names whose int or str values' identities stores record */
  names: Set<string>;
  /** names of lists whose items' identities are recorded */
  lists: Set<string>;
  /** list comprehensions whose items' identities are recorded */
  comps: WeakSet<Expr>;
};

/** builtins that read a list without keeping it or changing it */
const READERS = new Set([
  "len",
  "print",
  "repr",
  "str",
  "list",
  "tuple",
  "sorted",
  "set",
  "frozenset",
  "sum",
  "min",
  "max",
  "any",
  "all",
  "enumerate",
  "zip",
  "reversed",
  "id",
  "type",
  "isinstance",
  "bool",
]);
/** list methods that do not change the list */
const READ_METHODS = new Set(["count", "index", "copy"]);

function isSingletonConst(e: Expr): boolean {
  return e.k === "Const" && (e.value.t === "none" || e.value.t === "bool" || e.value.t === "ellipsis");
}

/** `sys.intern(x)` or `intern(x)`: its argument */
export function internArg(e: Expr): Expr | null {
  if (e.k !== "Call" || e.args.length !== 1 || e.args[0]!.kind !== "pos") return null;
  const f = e.func;
  const named = (f.k === "Attribute" && f.attr === "intern" && f.value.k === "Name" && f.value.id === "sys") || (f.k === "Name" && f.id === "intern");
  return named ? e.args[0]!.value : null;
}

/** `s.split(...)` / `s.rsplit(...)`, or `list(...)` of one: the receiver */
export function splitReceiver(e: Expr): Expr | null {
  if (e.k !== "Call") return null;
  if (e.func.k === "Name" && e.func.id === "list" && e.args.length === 1 && e.args[0]!.kind === "pos") return splitReceiver(e.args[0]!.value);
  if (e.func.k === "Attribute" && (e.func.attr === "split" || e.func.attr === "rsplit") && e.args.every((a) => a.kind === "pos" || a.kind === "kw")) return e.func.value;
  return null;
}

/** str methods that return their receiver when they change nothing, else a new str */
const SELF_OR_NEW = new Set(["strip", "lstrip", "rstrip", "replace", "removeprefix", "removesuffix"]);

/** `s.strip()` and the like: the receiver */
export function selfOrNewReceiver(e: Expr): Expr | null {
  return e.k === "Call" && e.func.k === "Attribute" && SELF_OR_NEW.has(e.func.attr) ? e.func.value : null;
}

/** `int(x)` of a name or an item: x */
function intArg(e: Expr): Expr | null {
  if (e.k !== "Call" || e.func.k !== "Name" || e.func.id !== "int" || e.args.length !== 1 || e.args[0]!.kind !== "pos") return null;
  const x = e.args[0]!.value;
  return x.k === "Name" || x.k === "Subscript" ? x : null;
}

/** `xs.append(x)` as a statement: [xs, x] */
export function appendCall(e: Expr): [string, Expr] | null {
  if (e.k !== "Call" || e.func.k !== "Attribute" || e.func.attr !== "append" || e.func.value.k !== "Name") return null;
  if (e.args.length !== 1 || e.args[0]!.kind !== "pos") return null;
  return [e.func.value.id, e.args[0]!.value];
}

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const x of node) walk(x, visit);
    return;
  }
  const n = node as Record<string, unknown>;
  visit(n);
  for (const v of Object.values(n)) if (v !== null && typeof v === "object") walk(v, visit);
}

export function identityNames(body: Stmt[]): IdentityNames {
  const names = new Set<string>();
  const lists = new Set<string>();
  const comps = new WeakSet<Expr>();
  let grew = true;
  const add = (set: Set<string>, n: string): void => {
    if (!set.has(n)) {
      set.add(n);
      grew = true;
    }
  };
  // the names an expression's identity comes from
  const needs = (e: Expr): void => {
    if (e.k === "Name") return add(names, e.id);
    if (e.k === "Subscript") {
      if (e.value.k === "Name") return add(lists, e.value.id);
      const recv = splitReceiver(e.value);
      if (recv !== null) needs(recv);
      return;
    }
    const arg = internArg(e) ?? selfOrNewReceiver(e) ?? intArg(e);
    if (arg !== null) needs(arg);
  };
  // the names a list value's items come from
  const needsItems = (e: Expr): void => {
    if (e.k === "List") e.elts.forEach(needs);
    else if (e.k === "Comp" && e.kind === "list") {
      comps.add(e);
      needs(e.elt);
    } else {
      const recv = splitReceiver(e);
      if (recv !== null) needs(recv);
    }
  };
  const loop = (target: Expr, iter: Expr): void => {
    if (target.k === "Name" && names.has(target.id) && iter.k === "Name") add(lists, iter.id);
  };
  while (grew) {
    grew = false;
    walk(body, (n) => {
      switch (n.k) {
        case "Compare": {
          const c = n as Extract<Expr, { k: "Compare" }>;
          const operands = [c.left, ...c.rights];
          c.ops.forEach((op, i) => {
            if (op !== "is" && op !== "is not") return;
            const pair = [operands[i]!, operands[i + 1]!];
            // `x is None` (True, False, ...) compares with a singleton: x's identity is not needed
            if (!pair.some(isSingletonConst)) pair.forEach(needs);
          });
          return;
        }
        case "Assign": {
          const a = n as Extract<Stmt, { k: "Assign" }>;
          for (const t of a.targets) {
            // (a name copied from another name keeps the copy's token only if that name is
            // compared too: tracking every name a compared one is copied from costs more than it finds)
            if (t.k === "Name" && names.has(t.id) && a.value.k !== "Name") needs(a.value);
            if (t.k === "Name" && lists.has(t.id) && a.targets.length === 1) needsItems(a.value);
            if ((t.k === "Tuple" || t.k === "List") && a.value.k === "Name" && t.elts.some((x) => x.k === "Name" && names.has(x.id))) add(lists, a.value.id);
          }
          return;
        }
        case "For":
        case "CompFor":
          return loop(n.target as Expr, n.iter as Expr);
        case "Expr": {
          const app = appendCall((n as Extract<Stmt, { k: "Expr" }>).value);
          if (app !== null && lists.has(app[0])) needs(app[1]);
          return;
        }
      }
      // comprehension generators carry no kind of their own
      if ("target" in n && "iter" in n && "ifs" in n) loop(n.target as Expr, n.iter as Expr);
    });
  }
  if (lists.size) for (const n of escaping(body, lists)) lists.delete(n);
  return { names, lists, comps };
}

/** the names of `lists` used somewhere in a way that could change the list unseen or keep it */
function escaping(body: Stmt[], lists: Set<string>): Set<string> {
  const safe = new WeakSet<object>();
  const out = new Set<string>();
  const safeName = (e: Expr | null | undefined): void => {
    if (e && e.k === "Name") safe.add(e);
  };
  const safeTarget = (t: Expr): void => {
    if (t.k === "Name") safe.add(t);
    else if (t.k === "Tuple" || t.k === "List") t.elts.forEach((x) => safeTarget(x.k === "Starred" ? x.value : x));
  };
  walk(body, (n) => {
    switch (n.k) {
      case "Assign": {
        const a = n as Extract<Stmt, { k: "Assign" }>;
        a.targets.forEach(safeTarget);
        if (a.targets.every((t) => t.k === "Tuple" || t.k === "List")) safeName(a.value);
        return;
      }
      case "For":
        safeTarget(n.target as Expr);
        safeName(n.iter as Expr);
        return;
      case "Subscript":
        // an item read; stores and deletes of items are found below as targets
        safeName(n.value as Expr);
        return;
      case "Compare":
        safeName(n.left as Expr);
        (n.rights as Expr[]).forEach(safeName);
        return;
      case "Call": {
        const c = n as Extract<Expr, { k: "Call" }>;
        if (c.func.k === "Name" && READERS.has(c.func.id)) c.args.forEach((a: Arg) => a.kind !== "dstar" && safeName(a.value));
        if (c.func.k === "Attribute" && READ_METHODS.has(c.func.attr)) safeName(c.func.value);
        return;
      }
      case "Expr": {
        const v = (n as Extract<Stmt, { k: "Expr" }>).value;
        if (appendCall(v) !== null && v.k === "Call" && v.func.k === "Attribute") safeName(v.func.value);
        return;
      }
    }
    if ("target" in n && "iter" in n && "ifs" in n) {
      safeTarget(n.target as Expr);
      safeName(n.iter as Expr);
    }
  });
  // an item store, `del xs[i]` or `xs += ...` changes the list in place
  walk(body, (n) => {
    const targets = n.k === "Assign" ? (n.targets as Expr[]) : n.k === "AugAssign" || n.k === "For" ? [n.target as Expr] : n.k === "Delete" ? (n.targets as Expr[]) : [];
    for (const t of targets) {
      if (t.k === "Subscript" && t.value.k === "Name") out.add(t.value.id);
      if (n.k === "AugAssign" && t.k === "Name") out.add(t.id);
    }
    if (n.k === "Name" && lists.has(n.id as string) && !safe.has(n)) out.add(n.id as string);
  });
  // code that reaches variables by name at run time
  walk(body, (n) => {
    if (n.k === "Call" && (n.func as Expr).k === "Name" && ["globals", "locals", "vars", "exec", "eval"].includes((n.func as { id: string }).id)) for (const l of lists) out.add(l);
  });
  return out;
}

/** whether a split call (or `list()` of one) names its separator: then a single part is the receiver */
export function splitsBySeparator(e: Expr): boolean {
  if (e.k !== "Call") return false;
  if (e.func.k === "Name") return e.args.length === 1 && e.args[0]!.kind === "pos" && splitsBySeparator(e.args[0]!.value);
  const first = e.args[0];
  const sep = first === undefined ? undefined : first.kind === "pos" ? first.value : e.args.find((a) => a.kind === "kw" && a.name === "sep")?.value;
  return sep !== undefined && !(sep.k === "Const" && sep.value.t === "none");
}
