// Symbol-table pass: decides for every name in every scope whether it is a fast local,
// a cell, a free variable, a global, or (module/class bodies) a dict name.
import type { Expr, Params, Pattern, Stmt } from "../parse/ast";
import { mangle } from "./mangle";

export type ScopeKind = "module" | "function" | "class" | "comp";
export type NameKind = "fast" | "cell" | "free" | "global" | "name" | "classderef";

export type Scope = {
  kind: ScopeKind;
  name: string;
  parent: Scope | null;
  params: string[];
  assigned: Set<string>;
  used: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  cells: Set<string>;
  frees: Set<string>;
  children: Scope[];
  generator: boolean;
  coroutine: boolean;
  /** functions that mention super need the implicit __class__ cell */
  usesSuper: boolean;
  /** class scopes: some method needs __class__ */
  needsClassCell: boolean;
  /** the innermost enclosing class's name: `__x` in here means `_Class__x` (compile/mangle.ts) */
  private: string | null;
};

function newScope(kind: ScopeKind, name: string, parent: Scope | null): Scope {
  const s: Scope = {
    kind,
    name,
    parent,
    params: [],
    assigned: new Set(),
    used: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    cells: new Set(),
    frees: new Set(),
    children: [],
    generator: false,
    coroutine: false,
    usesSuper: false,
    needsClassCell: false,
    private: kind === "class" ? name : (parent?.private ?? null),
  };
  parent?.children.push(s);
  return s;
}

export type ScopeMap = Map<object, Scope>;

/** `name` as the scope's symbol table records it (private names mangled) */
const m = (s: Scope, name: string): string => mangle(s.private, name);

export function buildScopes(body: Stmt[]): { top: Scope; map: ScopeMap } {
  const map: ScopeMap = new Map();
  const top = newScope("module", "<module>", null);
  const b = new Builder(map);
  b.stmts(body, top);
  resolve(top);
  return { top, map };
}

class Builder {
  constructor(private map: ScopeMap) {}

  params(p: Params, s: Scope): void {
    for (const a of p.args) s.params.push(m(s, a.name));
    for (const a of p.kwonly) s.params.push(m(s, a.name));
    if (p.vararg) s.params.push(m(s, p.vararg));
    if (p.kwarg) s.params.push(m(s, p.kwarg));
    for (const n of s.params) s.assigned.add(n);
  }
  paramDefaults(p: Params, s: Scope): void {
    for (const a of p.args) if (a.dflt) this.expr(a.dflt, s);
    for (const a of p.kwonly) if (a.dflt) this.expr(a.dflt, s);
    // annotations are evaluated where the def statement runs, like defaults
    for (const a of [...p.args, ...p.kwonly]) if (a.ann) this.expr(a.ann, s);
    if (p.varargAnn) this.expr(p.varargAnn, s);
    if (p.kwargAnn) this.expr(p.kwargAnn, s);
  }

  stmts(list: Stmt[], s: Scope): void {
    for (const st of list) this.stmt(st, s);
  }

  target(t: Expr, s: Scope): void {
    switch (t.k) {
      case "Name":
        s.assigned.add(m(s, t.id));
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.target(e, s);
        return;
      case "Starred":
        this.target(t.value, s);
        return;
      default:
        this.expr(t, s);
    }
  }

  stmt(st: Stmt, s: Scope): void {
    switch (st.k) {
      case "Expr":
        this.expr(st.value, s);
        return;
      case "Assign":
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case "AugAssign":
        this.expr(st.value, s);
        this.target(st.target, s);
        if (st.target.k === "Name") s.used.add(m(s, st.target.id));
        return;
      case "AnnAssign":
        if (st.annotation && s.kind === "class") this.expr(st.annotation, s);
        if (st.value) this.expr(st.value, s);
        if (st.value || st.target.k !== "Name") this.target(st.target, s);
        return;
      case "If":
      case "While":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case "For":
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case "Break":
      case "Continue":
      case "Pass":
        return;
      case "Return":
        if (st.value) this.expr(st.value, s);
        return;
      case "FunctionDef": {
        for (const d of st.decorators) this.expr(d, s);
        this.paramDefaults(st.params, s);
        if (st.returns) this.expr(st.returns, s);
        s.assigned.add(m(s, st.name));
        const f = newScope("function", st.name, s);
        f.coroutine = st.isAsync;
        this.map.set(st, f);
        this.params(st.params, f);
        this.stmts(st.body, f);
        return;
      }
      case "ClassDef": {
        for (const d of st.decorators) this.expr(d, s);
        for (const a of st.args) this.expr(a.value, s);
        s.assigned.add(m(s, st.name));
        const c = newScope("class", st.name, s);
        this.map.set(st, c);
        this.stmts(st.body, c);
        return;
      }
      case "Try":
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) s.assigned.add(m(s, h.name));
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      case "Raise":
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case "With":
        for (const it of st.items) {
          this.expr(it.ctx, s);
          if (it.target) this.target(it.target, s);
        }
        this.stmts(st.body, s);
        return;
      case "Global":
        for (const n of st.names) s.globals.add(m(s, n));
        return;
      case "Nonlocal":
        for (const n of st.names) s.nonlocals.add(m(s, n));
        return;
      case "Delete":
        for (const t of st.targets) this.target(t, s);
        return;
      case "Import":
        for (const a of st.names) s.assigned.add(m(s, a.asname ?? a.name.split(".")[0]!));
        return;
      case "ImportFrom":
        for (const a of st.names) if (a.name !== "*") s.assigned.add(m(s, a.asname ?? a.name));
        return;
      case "Assert":
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case "Match":
        this.expr(st.subject, s);
        for (const c of st.cases) {
          this.pattern(c.pattern, s);
          if (c.guard) this.expr(c.guard, s);
          this.stmts(c.body, s);
        }
        return;
    }
  }

  pattern(p: Pattern, s: Scope): void {
    switch (p.p) {
      case "capture":
      case "star":
        if (p.name) s.assigned.add(m(s, p.name));
        return;
      case "value":
        this.expr(p.value, s);
        return;
      case "or":
        for (const a of p.alts) this.pattern(a, s);
        return;
      case "as":
        this.pattern(p.pattern, s);
        s.assigned.add(m(s, p.name));
        return;
      case "seq":
        for (const a of p.items) this.pattern(a, s);
        return;
      case "map":
        for (const k of p.keys) this.expr(k, s);
        for (const v of p.values) this.pattern(v, s);
        if (p.rest) s.assigned.add(m(s, p.rest));
        return;
      case "class":
        this.expr(p.cls, s);
        for (const a of p.args) this.pattern(a, s);
        for (const a of p.kwPats) this.pattern(a, s);
        return;
    }
  }

  expr(e: Expr, s: Scope): void {
    switch (e.k) {
      case "Name":
        s.used.add(m(s, e.id));
        if (e.id === "super") s.usesSuper = true;
        return;
      case "Const":
        return;
      case "FStr":
        for (const p of e.parts)
          if (typeof p !== "string") {
            this.expr(p.expr, s);
            if (p.spec) this.expr(p.spec, s);
          }
        return;
      case "BinOp":
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case "UnaryOp":
        this.expr(e.operand, s);
        return;
      case "BoolOp":
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case "Compare":
        this.expr(e.left, s);
        for (const r of e.rights) this.expr(r, s);
        return;
      case "Call":
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a.value, s);
        return;
      case "Attribute":
        this.expr(e.value, s);
        return;
      case "Subscript":
        this.expr(e.value, s);
        this.expr(e.index, s);
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      case "Tuple":
      case "List":
      case "Set":
        for (const x of e.elts) this.expr(x, s);
        return;
      case "Dict":
        for (const it of e.items) {
          if (it.key) this.expr(it.key, s);
          this.expr(it.value, s);
        }
        return;
      case "Comp": {
        this.expr(e.gens[0]!.iter, s);
        const c = newScope("comp", e.kind === "gen" ? "<genexpr>" : `<${e.kind}comp>`, s);
        c.generator = e.kind === "gen";
        this.map.set(e, c);
        c.params.push(".0");
        c.assigned.add(".0");
        e.gens.forEach((g, i) => {
          if (i > 0) this.expr(g.iter, c);
          this.target(g.target, c);
          for (const f of g.ifs) this.expr(f, c);
        });
        this.expr(e.elt, c);
        if (e.val) this.expr(e.val, c);
        // `async for` or `await` inside makes the comprehension a coroutine (an async generator
        // for a generator expression); a non-generator one is awaited where it is evaluated
        if (e.gens.some((g) => g.isAsync)) c.coroutine = true;
        if (c.coroutine && e.kind !== "gen" && s.kind === "comp") s.coroutine = true;
        return;
      }
      case "Lambda": {
        this.paramDefaults(e.params, s);
        const f = newScope("function", "<lambda>", s);
        this.map.set(e, f);
        this.params(e.params, f);
        this.expr(e.body, f);
        return;
      }
      case "IfExp":
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case "Await":
        if (s.kind === "comp") s.coroutine = true;
        this.expr(e.value, s);
        return;
      case "Yield":
        s.generator = true;
        if (e.value) this.expr(e.value, s);
        return;
      case "YieldFrom":
        s.generator = true;
        this.expr(e.value, s);
        return;
      case "Starred":
        this.expr(e.value, s);
        return;
      case "NamedExpr": {
        this.expr(e.value, s);
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope
        let t = s;
        while (t.kind === "comp" && t.parent) t = t.parent;
        t.assigned.add(m(t, e.target));
        if (t !== s) s.nonlocals.add(m(s, e.target));
        return;
      }
    }
  }
}

/** Find the function scope that binds `name` for a free reference from `s`. */
function findBinding(s: Scope, name: string): Scope | null {
  for (let p = s.parent; p; p = p.parent) {
    if (p.kind === "module") return null;
    if (p.kind === "class") continue;
    if (p.globals.has(name)) return null;
    if (p.assigned.has(name) && !p.nonlocals.has(name)) return p;
    if (p.nonlocals.has(name)) continue;
  }
  return null;
}

function markFree(from: Scope, to: Scope, name: string): void {
  to.cells.add(name);
  for (let p: Scope | null = from; p && p !== to; p = p.parent) p.frees.add(name);
}

function resolve(s: Scope): void {
  if (s.kind !== "module") {
    const names = new Set<string>([...s.used, ...s.nonlocals]);
    if (s.kind !== "class") for (const n of s.assigned) names.add(n);
    for (const n of names) {
      if (s.globals.has(n)) continue;
      if (s.kind !== "class" && s.assigned.has(n) && !s.nonlocals.has(n)) continue;
      if (s.kind === "class" && s.assigned.has(n)) continue;
      const b = findBinding(s, n);
      if (b) markFree(s, b, n);
    }
    if (s.usesSuper && s.kind !== "class") {
      let c: Scope | null = s.parent;
      const chain: Scope[] = [s];
      while (c && c.kind !== "class") {
        chain.push(c);
        c = c.parent;
      }
      if (c) {
        c.needsClassCell = true;
        for (const x of chain) x.frees.add("__class__");
      }
    }
  }
  for (const c of s.children) resolve(c);
}

export function nameKind(s: Scope, name: string): NameKind {
  if (s.globals.has(name)) return "global";
  if (s.kind === "module") return "name";
  if (s.kind === "class") {
    if (name === "__class__" && s.needsClassCell) return "cell";
    if (s.assigned.has(name)) return "name";
    if (s.frees.has(name)) return "classderef";
    return "name";
  }
  const local = s.assigned.has(name) && !s.nonlocals.has(name);
  if (s.frees.has(name) && !local) return "free";
  if (local) return s.cells.has(name) ? "cell" : "fast";
  return "global";
}
