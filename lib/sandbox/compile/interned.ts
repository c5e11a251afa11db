// Which str constants CPython 3.11 finds already interned as another object when it builds a code
// object. That decides whether a frozenset constant is rebuilt one more time, which can change the
// order a set display of strings iterates in.
//
// CPython's parser interns every identifier of the program as it reads it; str constants stay
// separate objects. When a code object is made, each identifier-like str constant (ASCII letters,
// digits and underscores) is interned; inside a frozenset constant, if any member's interned copy
// is a different object, the frozenset is rebuilt from its own iteration order. A member's interned
// copy differs when the string was interned before the constant was: at start-up
// (cpython-interned.ts), or as an identifier of the program. One-character strings are shared
// singletons, so an identifier of the program does not count for them.
import type { Expr, Params, Pattern, Stmt } from "../parse/ast";
import { CPYTHON_STARTUP_INTERNED } from "./cpython-interned";

let startup: Set<string> | null = null;

function startupInterned(): Set<string> {
  startup ??= new Set(CPYTHON_STARTUP_INTERNED.trim().split(" "));
  return startup;
}

/** whether CPython 3.11's start-up had interned `s` before any program runs */
export function isStartupInterned(s: string): boolean {
  return startupInterned().has(s);
}

const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/** whether CPython would rebuild a frozenset constant holding these members once more when it interns its code object's constants */
export function internRebuilds(members: Iterable<unknown>, identifiers: Set<string>): boolean {
  const early = startupInterned();
  for (const m of members) {
    if (typeof m !== "string" || !NAME_CHARS.test(m)) continue;
    if (early.has(m) || (m.length > 1 && identifiers.has(m))) return true;
  }
  return false;
}

/** every identifier the parser reads in the program: names, attributes, parameters, keywords, imports */
export function programIdentifiers(body: Stmt[]): Set<string> {
  const out = new Set<string>();
  const add = (s: string | null): void => {
    if (s !== null) for (const part of s.split(".")) out.add(part);
  };
  const params = (p: Params): void => {
    for (const a of [...p.args, ...p.kwonly]) {
      add(a.name);
      if (a.dflt) expr(a.dflt);
    }
    add(p.vararg);
    add(p.kwarg);
  };
  const pattern = (p: Pattern): void => {
    switch (p.p) {
      case "capture":
      case "star":
        return add(p.name);
      case "value":
        return expr(p.value);
      case "or":
        return p.alts.forEach(pattern);
      case "as":
        add(p.name);
        return pattern(p.pattern);
      case "seq":
        return p.items.forEach(pattern);
      case "map":
        p.keys.forEach(expr);
        p.values.forEach(pattern);
        return add(p.rest);
      case "class":
        expr(p.cls);
        p.args.forEach(pattern);
        p.kwNames.forEach(add);
        return p.kwPats.forEach(pattern);
    }
  };
  // the AST's remaining nodes hold their identifiers in these fields, and sub-nodes anywhere else
  const expr = (e: Expr): void => walk(e);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (typeof n.p === "string") return pattern(n as Pattern);
    switch (n.k) {
      case "Name":
        return add(n.id as string);
      case "Attribute":
        add(n.attr as string);
        return walk(n.value);
      case "NamedExpr":
        add(n.target as string);
        return walk(n.value);
      case "FunctionDef":
      case "ClassDef":
        add(n.name as string);
        break;
      case "Lambda":
        params(n.params as Params);
        return walk(n.body);
      case "Global":
      case "Nonlocal":
        return (n.names as string[]).forEach(add);
      case "Import":
      case "ImportFrom":
        if (n.k === "ImportFrom") add(n.module as string);
        for (const a of n.names as { name: string; asname: string | null }[]) {
          add(a.name);
          add(a.asname);
        }
        return;
    }
    if (n.kind === "kw") add(n.name as string);
    if (typeof n.name === "string" && "body" in n && "type" in n) add(n.name); // except handler
    for (const [key, v] of Object.entries(n)) {
      if (key === "params") params(v as Params);
      else if (v !== null && typeof v === "object") walk(v);
    }
  };
  walk(body);
  return out;
}
