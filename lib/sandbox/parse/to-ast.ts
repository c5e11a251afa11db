// lezer-python tree → typed AST. lezer is error tolerant, so any error node becomes a
// SyntaxError here; constructs outside the subset become UnsupportedError with a line.
import { maskFormatSpecWalrus } from "./fstring-mask";
import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";
import type { Arg, BinOpName, CmpOpName, CompFor, Expr, FPart, Handler, MatchCase, Module, Params, Pattern, Span, Stmt } from "./ast";
import { decodeEscapes, decodeStringLiteral, splitPrefix } from "./strings";

export class SourceError extends Error {
  constructor(
    public kind: "syntax" | "unsupported",
    message: string,
    public line: number,
    public col = 0,
  ) {
    super(message);
  }
}

export function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const COMPARE_OPS = new Set(["<", ">", "<=", ">=", "==", "!=", "<>"]);
const COMP_PARENTS = new Set(["ComprehensionExpression", "ArrayComprehensionExpression", "SetComprehensionExpression", "DictionaryComprehensionExpression", "ArgList"]);

class Converter {
  starts: number[];
  constructor(private src: string) {
    this.starts = lineStarts(src);
  }
  line(pos: number): number {
    return lineOf(this.starts, pos);
  }
  text(n: SyntaxNode | Span): string {
    return this.src.slice(n.from, n.to);
  }
  kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      // @lezer/python rejects a starred target in a comprehension's `for` (`for a, *b in x`), which
      // Python allows: it leaves the `*` in an error node, read here as the star it is
      if (c.type.isError && COMP_PARENTS.has(n.name) && c.firstChild?.name === "*" && c.firstChild.nextSibling === null && c.nextSibling !== null) {
        out.push(c.firstChild);
        continue;
      }
      if (c.type.isError) this.syntax(c);
      if (c.name === "Comment") continue;
      out.push(c);
    }
    return out;
  }
  syntax(n: SyntaxNode | Span, msg = "invalid syntax"): never {
    throw new SourceError("syntax", msg, this.line(n.from));
  }
  unsupported(n: SyntaxNode | Span, what: string): never {
    throw new SourceError("unsupported", `${what} is not supported by the sandbox`, this.line(n.from));
  }

  module(): Module {
    const tree = parser.parse(maskFormatSpecWalrus(this.src));
    const top = tree.topNode;
    const body: Stmt[] = [];
    for (const c of this.kids(top)) this.stmtInto(c, body);
    return { body, source: this.src };
  }

  body(n: SyntaxNode): Stmt[] {
    const out: Stmt[] = [];
    for (const c of this.kids(n)) {
      if (c.name === ":") continue;
      this.stmtInto(c, out);
    }
    if (out.length === 0) this.syntax(n, "expected an indented block");
    return out;
  }

  stmtInto(n: SyntaxNode, out: Stmt[]): void {
    if (n.name === "StatementGroup") {
      for (const c of this.kids(n)) if (c.name !== ";") this.stmtInto(c, out);
      return;
    }
    if (n.name === ";") return;
    out.push(this.stmt(n));
  }

  mk<T extends Omit<Stmt, "from" | "to" | "line">>(n: SyntaxNode, s: T): Stmt {
    return { ...s, from: n.from, to: n.to, line: this.line(n.from) } as unknown as Stmt;
  }

  /** Split a flat child list on commas. */
  splitCommas(nodes: SyntaxNode[]): SyntaxNode[][] {
    const groups: SyntaxNode[][] = [[]];
    for (const c of nodes) {
      if (c.name === ",") groups.push([]);
      else groups[groups.length - 1]!.push(c);
    }
    if (groups.length > 1 && groups[groups.length - 1]!.length === 0) groups.pop();
    return groups;
  }

  /** A comma list of (possibly starred) expressions; a tuple if there is a top-level comma. */
  exprList(nodes: SyntaxNode[], span: Span): Expr {
    const hasComma = nodes.some((c) => c.name === ",");
    const groups = this.splitCommas(nodes);
    const elts = groups.map((g) => this.starredOrExpr(g));
    if (!hasComma) {
      if (elts.length !== 1) this.syntax(span);
      return elts[0]!;
    }
    const from = nodes[0]?.from ?? span.from;
    const to = nodes[nodes.length - 1]?.to ?? span.to;
    return { k: "Tuple", elts, from, to };
  }

  starredOrExpr(g: SyntaxNode[]): Expr {
    if (g.length === 2 && g[0]!.name === "*") return { k: "Starred", value: this.expr(g[1]!), from: g[0]!.from, to: g[1]!.to };
    if (g.length !== 1) this.syntax(g[0] ?? { from: 0, to: 0 });
    return this.expr(g[0]!);
  }

  stmt(n: SyntaxNode): Stmt {
    const k = this.kids(n);
    switch (n.name) {
      case "ExpressionStatement":
        return this.mk(n, { k: "Expr", value: this.exprList(k, n) });
      case "AssignStatement": {
        const parts: SyntaxNode[][] = [[]];
        let annotated = false;
        let annotation: Expr | null = null;
        for (const c of k) {
          if (c.name === "AssignOp") parts.push([]);
          else if (c.name === "TypeDef") {
            annotated = true;
            annotation = this.annotation(c);
          } else parts[parts.length - 1]!.push(c);
        }
        const exprs = parts.map((p) => (p.length === 1 && p[0]!.name === "YieldExpression" ? this.expr(p[0]!) : this.exprList(p, n)));
        if (annotated) {
          return this.mk(n, { k: "AnnAssign", target: exprs[0]!, value: exprs.length > 1 ? exprs[1]! : null, annotation });
        }
        const value = exprs.pop()!;
        for (const t of exprs) this.checkTarget(t);
        return this.mk(n, { k: "Assign", targets: exprs, value });
      }
      case "UpdateStatement": {
        const i = k.findIndex((c) => c.name === "UpdateOp");
        const target = this.exprList(k.slice(0, i), n);
        this.checkTarget(target);
        const rest = k.slice(i + 1);
        const value = rest.length === 1 && rest[0]!.name === "YieldExpression" ? this.expr(rest[0]!) : this.exprList(rest, n);
        const op = this.text(k[i]!).slice(0, -1) as BinOpName;
        return this.mk(n, { k: "AugAssign", target, op, value });
      }
      case "DeleteStatement":
        return this.mk(n, { k: "Delete", targets: this.splitCommas(k.slice(1)).map((g) => this.starredOrExpr(g)) });
      case "PassStatement":
        return this.mk(n, { k: "Pass" });
      case "BreakStatement":
        return this.mk(n, { k: "Break" });
      case "ContinueStatement":
        return this.mk(n, { k: "Continue" });
      case "ReturnStatement":
        return this.mk(n, { k: "Return", value: k.length > 1 ? this.exprList(k.slice(1), n) : null });
      case "YieldStatement":
        return this.mk(n, { k: "Expr", value: this.yieldExpr(n, k) });
      case "RaiseStatement": {
        const fromIdx = k.findIndex((c) => c.name === "from");
        if (k.some((c) => c.name === ",")) this.syntax(n);
        const exc = k.length > 1 ? this.expr(k[1]!) : null;
        const cause = fromIdx >= 0 ? this.expr(k[fromIdx + 1]!) : null;
        return this.mk(n, { k: "Raise", exc, cause });
      }
      case "ScopeStatement": {
        const names = k.filter((c) => c.name === "VariableName").map((c) => this.text(c));
        return this.mk(n, k[0]!.name === "global" ? { k: "Global", names } : { k: "Nonlocal", names });
      }
      case "AssertStatement": {
        const g = this.splitCommas(k.slice(1));
        return this.mk(n, { k: "Assert", test: this.starredOrExpr(g[0]!), msg: g[1] ? this.starredOrExpr(g[1]) : null });
      }
      case "ImportStatement":
        return this.importStmt(n, k);
      case "IfStatement":
        return this.ifStmt(n, k, 0);
      case "WhileStatement": {
        const bodies = k.filter((c) => c.name === "Body");
        return this.mk(n, { k: "While", test: this.expr(k[1]!), body: this.body(bodies[0]!), orelse: bodies[1] ? this.body(bodies[1]) : [] });
      }
      case "ForStatement": {
        const isAsync = k[0]!.name === "async";
        const forI = k.findIndex((c) => c.name === "for");
        const inI = k.findIndex((c) => c.name === "in");
        const bodies = k.filter((c) => c.name === "Body");
        const firstBody = k.indexOf(bodies[0]!);
        const target = this.exprList(k.slice(forI + 1, inI), n);
        this.checkTarget(target);
        const iter = this.exprList(k.slice(inI + 1, firstBody), n);
        return this.mk(n, { k: "For", target, iter, body: this.body(bodies[0]!), orelse: bodies[1] ? this.body(bodies[1]) : [], isAsync });
      }
      case "TryStatement":
        return this.tryStmt(n, k);
      case "WithStatement": {
        const isAsync = k[0]!.name === "async";
        const start = k.findIndex((c) => c.name === "with") + 1;
        const bodyNode = k[k.length - 1]!;
        const items = this.splitCommas(k.slice(start, k.length - 1)).map((g) => {
          const asI = g.findIndex((c) => c.name === "as");
          if (asI < 0) return { ctx: this.starredOrExpr(g), target: null };
          return { ctx: this.starredOrExpr(g.slice(0, asI)), target: this.exprList(g.slice(asI + 1), n) };
        });
        return this.mk(n, { k: "With", items, body: this.body(bodyNode), isAsync });
      }
      case "FunctionDefinition":
        return this.funcDef(n, k, []);
      case "ClassDefinition":
        return this.classDef(n, k, []);
      case "DecoratedStatement": {
        const decorators = k.filter((c) => c.name === "Decorator").map((d) => this.decorator(d));
        const def = k[k.length - 1]!;
        const dk = this.kids(def);
        return def.name === "FunctionDefinition" ? this.funcDef(def, dk, decorators, n) : this.classDef(def, dk, decorators, n);
      }
      case "MatchStatement":
        return this.matchStmt(n, k);
      case "PrintStatement":
        return this.syntax(n, "Missing parentheses in call to 'print'. Did you mean print(...)?");
      case "TypeDefinition":
        return this.unsupported(n, "the type statement");
      default:
        return this.syntax(n);
    }
  }

  checkTarget(t: Expr): void {
    switch (t.k) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.checkTarget(e);
        return;
      case "Starred":
        this.checkTarget(t.value);
        return;
      default:
        this.syntax(t, "cannot assign to expression");
    }
  }

  decorator(d: SyntaxNode): Expr {
    const k = this.kids(d).filter((c) => c.name !== "At");
    let e: Expr | null = null;
    for (const c of k) {
      if (c.name === "VariableName") {
        const name = this.text(c);
        e = e ? { k: "Attribute", value: e, attr: name, from: e.from, to: c.to } : { k: "Name", id: name, from: c.from, to: c.to };
      } else if (c.name === "ArgList" && e) {
        e = { k: "Call", func: e, args: this.argList(c), from: e.from, to: c.to };
      }
    }
    if (!e) this.syntax(d);
    return e;
  }

  ifStmt(n: SyntaxNode, k: SyntaxNode[], start: number): Stmt {
    // k[start] is "if"/"elif", then test, then Body
    const test = this.expr(k[start + 1]!);
    const body = this.body(k[start + 2]!);
    let orelse: Stmt[] = [];
    const next = k[start + 3];
    if (next && next.name === "elif") {
      const sub = this.ifStmt(n, k, start + 3);
      sub.line = this.line(next.from);
      sub.from = next.from;
      orelse = [sub];
    } else if (next && next.name === "else") orelse = this.body(k[start + 4]!);
    return { k: "If", test, body, orelse, from: k[start]!.from, to: n.to, line: this.line(k[start]!.from) };
  }

  tryStmt(n: SyntaxNode, k: SyntaxNode[]): Stmt {
    const body = this.body(k[1]!);
    const handlers: Handler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    let star = false;
    let i = 2;
    while (i < k.length) {
      const c = k[i]!;
      if (c.name === "except") {
        let j = i + 1;
        if (k[j]?.name === "*") {
          star = true;
          j++;
        }
        let type: Expr | null = null;
        let name: string | null = null;
        if (k[j]!.name !== "Body") {
          type = this.expr(k[j]!);
          j++;
          if (k[j]?.name === "as") {
            name = this.text(k[j + 1]!);
            j += 2;
          }
        }
        handlers.push({ type, name, body: this.body(k[j]!), line: this.line(c.from) });
        i = j + 1;
      } else if (c.name === "else") {
        orelse = this.body(k[i + 1]!);
        i += 2;
      } else if (c.name === "finally") {
        finalbody = this.body(k[i + 1]!);
        i += 2;
      } else this.syntax(c);
    }
    return this.mk(n, { k: "Try", body, handlers, orelse, finalbody, star });
  }

  importStmt(n: SyntaxNode, k: SyntaxNode[]): Stmt {
    if (k[0]!.name === "import") {
      const names = this.splitCommas(k.slice(1)).map((g) => this.alias(g));
      return this.mk(n, { k: "Import", names });
    }
    const impI = k.findIndex((c) => c.name === "import");
    const modParts = k.slice(1, impI);
    if (modParts.some((c) => c.name === "." || c.name === "...") && modParts[0]!.name !== "VariableName") this.unsupported(n, "relative import");
    const module = modParts.map((c) => this.text(c)).join("");
    const rest = k.slice(impI + 1).filter((c) => c.name !== "(" && c.name !== ")");
    if (rest.length === 1 && rest[0]!.name === "*") return this.mk(n, { k: "ImportFrom", module, names: [{ name: "*", asname: null }] });
    const names = this.splitCommas(rest).map((g) => this.alias(g));
    return this.mk(n, { k: "ImportFrom", module, names });
  }

  alias(g: SyntaxNode[]): { name: string; asname: string | null } {
    const asI = g.findIndex((c) => c.name === "as");
    const nameNodes = asI >= 0 ? g.slice(0, asI) : g;
    return { name: nameNodes.map((c) => this.text(c)).join(""), asname: asI >= 0 ? this.text(g[asI + 1]!) : null };
  }

  funcDef(n: SyntaxNode, k: SyntaxNode[], decorators: Expr[], outer?: SyntaxNode): Stmt {
    const isAsync = k[0]!.name === "async";
    const nameNode = k.find((c) => c.name === "VariableName")!;
    if (k.some((c) => c.name === "TypeParamList")) this.unsupported(n, "generic type parameters");
    const params = this.params(
      k.find((c) => c.name === "ParamList")!,
      true,
    );
    const retNode = k.find((c) => c.name === "TypeDef");
    const returns = retNode ? this.annotation(retNode) : null;
    const body = this.body(k.find((c) => c.name === "Body")!);
    const first = body[0];
    const doc = first && first.k === "Expr" && first.value.k === "Const" && first.value.value.t === "str" ? first.value.value.v : null;
    const s = this.mk(n, { k: "FunctionDef", name: this.text(nameNode), params, body, decorators, isAsync, doc, returns });
    if (outer) s.from = outer.from;
    return s;
  }

  classDef(n: SyntaxNode, k: SyntaxNode[], decorators: Expr[], outer?: SyntaxNode): Stmt {
    const nameNode = k.find((c) => c.name === "VariableName")!;
    const argNode = k.find((c) => c.name === "ArgList");
    const s = this.mk(n, {
      k: "ClassDef",
      name: this.text(nameNode),
      args: argNode ? this.argList(argNode) : [],
      body: this.body(k.find((c) => c.name === "Body")!),
      decorators,
    });
    if (outer) s.from = outer.from;
    return s;
  }

  /** the expression of a TypeDef node (`: int` of a parameter, `-> int` of a function) */
  annotation(n: SyntaxNode): Expr {
    const kids = this.kids(n).filter((c) => c.name !== ":" && c.name !== "->");
    return this.expr(kids[kids.length - 1]!);
  }

  params(n: SyntaxNode, parens: boolean): Params {
    const k = this.kids(n).filter((c) => !parens || (c.name !== "(" && c.name !== ")"));
    const p: Params = { posonly: 0, args: [], vararg: null, kwonly: [], kwarg: null };
    let afterStar = false;
    // Groups between commas; "/" is an anonymous token, so detect it from the source text.
    let pos = parens ? n.from + 1 : n.from;
    const groups: { nodes: SyntaxNode[]; from: number; to: number }[] = [];
    let cur: SyntaxNode[] = [];
    for (const c of k) {
      if (c.name === ",") {
        groups.push({ nodes: cur, from: pos, to: c.from });
        cur = [];
        pos = c.to;
      } else cur.push(c);
    }
    groups.push({ nodes: cur, from: pos, to: parens ? n.to - 1 : n.to });
    for (const g of groups) {
      const nodes = g.nodes.filter((c) => c.name !== "TypeDef");
      const typeDef = g.nodes.find((c) => c.name === "TypeDef");
      const ann = typeDef ? this.annotation(typeDef) : null;
      if (nodes.length === 0) {
        if (this.src.slice(g.from, g.to).trim() === "/") p.posonly = p.args.length;
        continue;
      }
      const first = nodes[0]!;
      if (first.name === "*") {
        afterStar = true;
        if (nodes[1]) {
          p.vararg = this.text(nodes[1]);
          p.varargAnn = ann;
        }
      } else if (first.name === "**") {
        p.kwarg = this.text(nodes[1]!);
        p.kwargAnn = ann;
      } else if (first.name === "VariableName") {
        const eq = nodes.findIndex((c) => c.name === "AssignOp");
        const param = { name: this.text(first), dflt: eq >= 0 ? this.expr(nodes[eq + 1]!) : null, ann };
        if (afterStar) p.kwonly.push(param);
        else {
          if (!param.dflt && p.args.some((a) => a.dflt)) this.syntax(first, "non-default argument follows default argument");
          p.args.push(param);
        }
      } else this.syntax(first);
    }
    return p;
  }

  argList(n: SyntaxNode): Arg[] {
    const k = this.kids(n).filter((c) => c.name !== "(" && c.name !== ")");
    // a lone generator argument: its `for k, v in` target holds top-level commas
    const groups = k.length > 1 && (k[1]!.name === "for" || k[1]!.name === "async") ? [k] : this.splitCommas(k);
    const args: Arg[] = [];
    for (const g of groups) {
      if (g.length === 0) continue;
      const first = g[0]!;
      if (first.name === "*") args.push({ kind: "star", value: this.expr(g[1]!) });
      else if (first.name === "**") args.push({ kind: "dstar", value: this.expr(g[1]!) });
      else if (g.length >= 3 && g[1]!.name === "AssignOp" && this.text(g[1]!) === "=") args.push({ kind: "kw", name: this.text(first), value: this.expr(g[2]!) });
      else if (g.length >= 3 && g[1]!.name === "AssignOp")
        args.push({ kind: "pos", value: { k: "NamedExpr", target: this.text(first), value: this.expr(g[2]!), from: first.from, to: g[2]!.to } });
      else if (g.length > 1 && g[1]!.name === "for") {
        const gens = this.compFor(g.slice(1));
        args.push({ kind: "pos", value: { k: "Comp", kind: "gen", elt: this.expr(first), val: null, gens, from: n.from, to: n.to } });
      } else if (g.length > 1 && g[1]!.name === "async") {
        const gens = this.compFor(g.slice(1));
        args.push({ kind: "pos", value: { k: "Comp", kind: "gen", elt: this.expr(first), val: null, gens, from: n.from, to: n.to } });
      } else args.push({ kind: "pos", value: this.expr(first) });
    }
    return args;
  }

  compFor(nodes: SyntaxNode[]): CompFor[] {
    const gens: CompFor[] = [];
    let i = 0;
    while (i < nodes.length) {
      let c = nodes[i]!;
      let isAsync = false;
      if (c.name === "async") {
        isAsync = true;
        i++;
        c = nodes[i]!;
      }
      if (c.name === "for") {
        const inI = nodes.findIndex((x, j) => j > i && x.name === "in");
        const target = this.exprList(nodes.slice(i + 1, inI), c);
        const iter = this.expr(nodes[inI + 1]!);
        gens.push({ target, iter, ifs: [], isAsync });
        i = inI + 2;
      } else if (c.name === "if") {
        gens[gens.length - 1]!.ifs.push(this.expr(nodes[i + 1]!));
        i += 2;
      } else this.syntax(c);
    }
    return gens;
  }

  yieldExpr(n: SyntaxNode, k: SyntaxNode[]): Expr {
    if (k[1]?.name === "from") return { k: "YieldFrom", value: this.expr(k[2]!), from: n.from, to: n.to };
    const rest = k.slice(1);
    return { k: "Yield", value: rest.length ? this.exprList(rest, n) : null, from: n.from, to: n.to };
  }

  number(n: SyntaxNode): Expr {
    const raw = this.text(n).replace(/_/g, "");
    const span = { from: n.from, to: n.to };
    if (/[jJ]$/.test(raw)) return { k: "Const", value: { t: "complex", v: parseFloat(raw.slice(0, -1)) }, ...span };
    if (/^0[xX]/.test(raw) || /^0[oO]/.test(raw) || /^0[bB]/.test(raw)) {
      const b = BigInt(raw.toLowerCase());
      return { k: "Const", value: { t: "int", v: normBig(b) }, ...span };
    }
    if (/[.eE]/.test(raw)) return { k: "Const", value: { t: "float", v: parseFloat(raw) }, ...span };
    if (/^0+\d/.test(raw)) this.syntax(n, "leading zeros in decimal integer literals are not permitted");
    return { k: "Const", value: { t: "int", v: normBig(BigInt(raw)) }, ...span };
  }

  stringNode(n: SyntaxNode): { parts: FPart[]; isF: boolean; bytes: boolean } {
    const text = this.text(n);
    const p = splitPrefix(text);
    if (n.name === "String") {
      const d = decodeStringLiteral(text);
      return { parts: [d.value], isF: false, bytes: d.bytes };
    }
    // FormatString: literal text between FormatReplacement children.
    const parts: FPart[] = [];
    const bodyStart = n.from + p.prefixLen + p.quoteLen;
    const bodyEnd = n.to - p.quoteLen;
    let pos = bodyStart;
    const lit = (from: number, to: number) => {
      if (to <= from) return;
      const s = decodeEscapes(this.src.slice(from, to), p.raw).replace(/\{\{/g, "{").replace(/\}\}/g, "}");
      parts.push(s);
    };
    for (const c of this.kids(n)) {
      if (c.name !== "FormatReplacement") continue;
      lit(pos, c.from);
      parts.push(this.formatReplacement(c));
      pos = c.to;
    }
    lit(pos, bodyEnd);
    return { parts, isF: true, bytes: false };
  }

  formatReplacement(c: SyntaxNode): FPart {
    const all = this.kids(c);
    const k = all.filter((x) => x.name !== "{" && x.name !== "}");
    let conv: "" | "r" | "s" | "a" = "";
    let spec: Expr | null = null;
    let selfDoc: string | null = null;
    const exprNodes: SyntaxNode[] = [];
    for (const x of k) {
      if (x.name === "FormatConversion") conv = this.text(x).slice(1) as "r" | "s" | "a";
      else if (x.name === "FormatSelfDoc") {
        // `{x = }` prints "x = ": the text up to the conversion, spec or `}`, spaces after `=` included
        const next = all[all.indexOf(x) + 1];
        selfDoc = this.src.slice(c.from + 1, next ? next.from : x.to);
      } else if (x.name === "FormatSpec") spec = this.formatSpec(x);
      else exprNodes.push(x);
    }
    const expr = exprNodes.length === 1 && exprNodes[0]!.name === "YieldExpression" ? this.expr(exprNodes[0]!) : this.exprList(exprNodes, c);
    if (selfDoc !== null && conv === "" && spec === null) conv = "r";
    return { expr, conv, spec, selfDoc };
  }

  formatSpec(x: SyntaxNode): Expr {
    const parts: FPart[] = [];
    let pos = x.from + 1;
    for (const c of this.kids(x)) {
      if (c.name !== "FormatReplacement") continue;
      if (c.from > pos) parts.push(this.src.slice(pos, c.from));
      parts.push(this.formatReplacement(c));
      pos = c.to;
    }
    if (x.to > pos) parts.push(this.src.slice(pos, x.to));
    return { k: "FStr", parts, from: x.from, to: x.to };
  }

  strings(nodes: SyntaxNode[], span: Span): Expr {
    const all: FPart[] = [];
    let anyF = false;
    let bytes = false;
    for (const s of nodes) {
      const r = this.stringNode(s);
      anyF ||= r.isF;
      bytes ||= r.bytes;
      for (const p of r.parts) {
        const last = all[all.length - 1];
        if (typeof p === "string" && typeof last === "string") all[all.length - 1] = last + p;
        else all.push(p);
      }
    }
    if (!anyF) {
      const v = (all[0] as string | undefined) ?? "";
      return { k: "Const", value: bytes ? { t: "bytes", v } : { t: "str", v }, ...span };
    }
    return { k: "FStr", parts: all, ...span };
  }

  expr(n: SyntaxNode): Expr {
    const span = { from: n.from, to: n.to };
    switch (n.name) {
      case "VariableName":
        return { k: "Name", id: this.text(n), ...span };
      case "Number":
        return this.number(n);
      case "String":
      case "FormatString":
        return this.strings([n], span);
      case "ContinuedString":
        return this.strings(this.kids(n), span);
      case "Boolean":
        return { k: "Const", value: { t: "bool", v: this.text(n) === "True" }, ...span };
      case "None":
        return { k: "Const", value: { t: "none" }, ...span };
      case "Ellipsis":
        return { k: "Const", value: { t: "ellipsis" }, ...span };
      case "ParenthesizedExpression": {
        const k = this.kids(n).filter((c) => c.name !== "(" && c.name !== ")");
        if (k.length === 1 && k[0]!.name === "YieldExpression") return this.expr(k[0]!);
        const e = this.starredOrExpr(k);
        // keep the parenthesised span for caret placement parity with CPython (which ignores parens)
        return e;
      }
      case "YieldExpression":
        return this.yieldExpr(n, this.kids(n));
      case "TupleExpression": {
        const k = this.kids(n).filter((c) => c.name !== "(" && c.name !== ")");
        return {
          k: "Tuple",
          elts: this.splitCommas(k)
            .filter((g) => g.length)
            .map((g) => this.starredOrExpr(g)),
          ...span,
        };
      }
      case "ArrayExpression": {
        const k = this.kids(n).filter((c) => c.name !== "[" && c.name !== "]");
        return {
          k: "List",
          elts: this.splitCommas(k)
            .filter((g) => g.length)
            .map((g) => this.starredOrExpr(g)),
          ...span,
        };
      }
      case "SetExpression": {
        const k = this.kids(n).filter((c) => c.name !== "{" && c.name !== "}");
        return {
          k: "Set",
          elts: this.splitCommas(k)
            .filter((g) => g.length)
            .map((g) => this.starredOrExpr(g)),
          ...span,
        };
      }
      case "DictionaryExpression": {
        const k = this.kids(n).filter((c) => c.name !== "{" && c.name !== "}");
        const items = this.splitCommas(k)
          .filter((g) => g.length)
          .map((g) => {
            if (g[0]!.name === "**") return { key: null, value: this.expr(g[1]!) };
            return { key: this.expr(g[0]!), value: this.expr(g[2]!) };
          });
        return { k: "Dict", items, ...span };
      }
      case "ComprehensionExpression":
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression": {
        const k = this.kids(n).slice(1, -1);
        const forI = k.findIndex((c) => c.name === "for" || c.name === "async");
        const head = k.slice(0, forI);
        const gens = this.compFor(k.slice(forI));
        const kind = n.name === "ComprehensionExpression" ? "gen" : n.name === "ArrayComprehensionExpression" ? "list" : n.name === "SetComprehensionExpression" ? "set" : "dict";
        if (kind === "dict") return { k: "Comp", kind, elt: this.expr(head[0]!), val: this.expr(head[2]!), gens, ...span };
        return { k: "Comp", kind, elt: this.starredOrExpr(head), val: null, gens, ...span };
      }
      case "CallExpression": {
        const k = this.kids(n);
        return { k: "Call", func: this.expr(k[0]!), args: this.argList(k[1]!), ...span };
      }
      case "MemberExpression": {
        const k = this.kids(n);
        const value = this.expr(k[0]!);
        if (k[1]!.name === ".") return { k: "Attribute", value, attr: this.text(k[2]!), ...span };
        const inner = k.slice(2, -1);
        const hasComma = inner.some((c) => c.name === ",");
        const items = this.splitCommas(inner).map((g) => this.subscriptItem(g, n));
        const index: Expr = hasComma ? { k: "Tuple", elts: items, from: inner[0]!.from, to: inner[inner.length - 1]!.to } : items[0]!;
        return { k: "Subscript", value, index, ...span };
      }
      case "UnaryExpression": {
        const k = this.kids(n);
        const opText = this.text(k[0]!);
        const op = opText === "not" ? "not" : (opText as "-" | "+" | "~");
        const operand = this.expr(k[1]!);
        // lezer parses `not a and b` as `not (a and b)`; Python's `not` binds tighter than and/or
        if (op === "not" && k[1]!.name === "BinaryExpression" && operand.k === "BoolOp") return this.rotateNot(k[1]!, n.from);
        // fold negative literals so -5 is a constant (and -2**63 stays exact)
        if (op === "-" && operand.k === "Const" && operand.value.t === "int") {
          const v = operand.value.v;
          return { k: "Const", value: { t: "int", v: typeof v === "number" ? -v : normBig(-v) }, ...span };
        }
        if (op === "-" && operand.k === "Const" && operand.value.t === "float") return { k: "Const", value: { t: "float", v: -operand.value.v }, ...span };
        return { k: "UnaryOp", op, operand, ...span };
      }
      case "BinaryExpression":
        return this.binary(n, span);
      case "AwaitExpression":
        return { k: "Await", value: this.expr(this.kids(n)[1]!), ...span };
      case "LambdaExpression": {
        const k = this.kids(n);
        const pl = k.find((c) => c.name === "ParamList");
        const params = pl ? this.params(pl, false) : { posonly: 0, args: [], vararg: null, kwonly: [], kwarg: null };
        return { k: "Lambda", params, body: this.expr(k[k.length - 1]!), ...span };
      }
      case "ConditionalExpression": {
        const k = this.kids(n);
        return { k: "IfExp", body: this.expr(k[0]!), test: this.expr(k[2]!), orelse: this.expr(k[4]!), ...span };
      }
      case "NamedExpression": {
        const k = this.kids(n);
        if (k[0]!.name !== "VariableName") this.syntax(n, "cannot use assignment expressions with this target");
        return { k: "NamedExpr", target: this.text(k[0]!), value: this.expr(k[2]!), ...span };
      }
      default:
        return this.syntax(n);
    }
  }

  /** `not` applied to the leftmost operand of the and/or chain lezer put under it. The walk
   * follows the chain's syntax nodes, so a parenthesised and/or operand stays whole. */
  rotateNot(n: SyntaxNode, from: number): Expr {
    const k = this.kids(n);
    const leftNode = k[0]!;
    const isChain = (c: SyntaxNode): boolean => {
      if (c.name !== "BinaryExpression") return false;
      const op = this.kids(c)
        .slice(1, -1)
        .map((x) => this.text(x))
        .join(" ");
      return op === "and" || op === "or";
    };
    const left: Expr = isChain(leftNode) ? this.rotateNot(leftNode, from) : { k: "UnaryOp", op: "not", operand: this.expr(leftNode), from, to: leftNode.to };
    const op = k
      .slice(1, -1)
      .map((x) => this.text(x))
      .join(" ") as "and" | "or";
    return { k: "BoolOp", op, left, right: this.expr(k[k.length - 1]!), from, to: n.to };
  }

  subscriptItem(g: SyntaxNode[], n: SyntaxNode): Expr {
    if (!g.some((c) => c.name === ":")) return this.starredOrExpr(g);
    const parts: (Expr | null)[] = [null];
    for (const c of g) {
      if (c.name === ":") parts.push(null);
      else parts[parts.length - 1] = this.expr(c);
    }
    const from = g[0]?.from ?? n.from;
    const to = g[g.length - 1]?.to ?? n.to;
    return { k: "Slice", lower: parts[0] ?? null, upper: parts[1] ?? null, step: parts[2] ?? null, from, to };
  }

  binary(n: SyntaxNode, span: Span): Expr {
    const k = this.kids(n);
    const left = this.expr(k[0]!);
    const right = this.expr(k[k.length - 1]!);
    const ops = k.slice(1, -1).map((c) => this.text(c));
    const opText = ops.join(" ");
    if (opText === "and" || opText === "or") return { k: "BoolOp", op: opText, left, right, ...span };
    if (COMPARE_OPS.has(opText) || opText === "in" || opText === "not in" || opText === "is" || opText === "is not") {
      if (opText === "<>") this.syntax(n);
      const op = opText as CmpOpName;
      const leftIsChain = left.k === "Compare" && k[0]!.name === "BinaryExpression";
      if (leftIsChain && left.k === "Compare") return { k: "Compare", left: left.left, ops: [...left.ops, op], rights: [...left.rights, right], ...span };
      return { k: "Compare", left, ops: [op], rights: [right], ...span };
    }
    const opNode = k[1]!;
    return { k: "BinOp", op: opText as BinOpName, left, right, opSpan: { from: opNode.from, to: opNode.to }, ...span };
  }

  matchStmt(n: SyntaxNode, k: SyntaxNode[]): Stmt {
    const bodyNode = k.find((c) => c.name === "MatchBody")!;
    const subjNodes = k.slice(1, k.indexOf(bodyNode));
    const subject = this.exprList(subjNodes, n);
    const cases: MatchCase[] = [];
    for (const c of this.kids(bodyNode)) {
      if (c.name !== "MatchClause") continue;
      const repaired = this.reparseCase(c);
      if (repaired !== null) {
        cases.push(repaired);
        continue;
      }
      const ck = this.kids(c);
      const guardNode = ck.find((x) => x.name === "Guard");
      const bodyN = ck.find((x) => x.name === "Body")!;
      const patNodes = ck.slice(1, ck.indexOf(guardNode ?? bodyN));
      const groups = this.splitCommas(patNodes);
      const pattern: Pattern = patNodes.some((x) => x.name === ",") ? { p: "seq", items: groups.map((g) => this.pattern(g[0]!)) } : this.pattern(groups[0]![0]!);
      const guard = guardNode ? this.expr(this.kids(guardNode)[1]!) : null;
      cases.push({ pattern, guard, body: this.body(bodyN) });
    }
    return this.mk(n, { k: "Match", subject, cases });
  }

  pattern(n: SyntaxNode): Pattern {
    return { ...this.patternNode(n), from: n.from, to: n.to };
  }

  /**
   * @lezer/python has no empty class-pattern argument list or empty sequence/mapping pattern, and
   * its error recovery around them can garble the whole case (`case Circle(center=Point() as c)`).
   * Such a case's pattern is parsed again from its text with each empty `()`/`[]`/`{}` holding a
   * marker name (EMPTY_MARK) that the pattern conversion reads back as empty. Null when the case
   * parsed cleanly.
   */
  reparseCase(c: SyntaxNode): MatchCase | null {
    let caseKw: SyntaxNode | null = null;
    let bodyN: SyntaxNode | null = null;
    let broken = false;
    for (let x = c.firstChild; x; x = x.nextSibling) {
      if (x.name === "case" && caseKw === null) caseKw = x;
      else if (x.name === "Body") bodyN = x;
      else if (bodyN === null && subtreeHasError(x)) broken = true;
    }
    if (!broken || caseKw === null || bodyN === null) return null;
    const text = this.src.slice(caseKw.to, bodyN.from);
    const prefix = "match _:\n case ";
    const wrapper = prefix + markEmptyPatterns(text) + ":\n  pass\n";
    const clause = parser.parse(wrapper).topNode.firstChild?.lastChild?.firstChild?.nextSibling ?? null;
    if (clause === null || clause.name !== "MatchClause" || subtreeHasError(clause)) this.syntax(caseKw);
    const sub = new Converter(wrapper);
    const ck = sub.kids(clause!);
    const guardNode = ck.find((x) => x.name === "Guard");
    const patNodes = ck.slice(1, ck.indexOf(guardNode ?? ck.find((x) => x.name === "Body")!));
    const groups = sub.splitCommas(patNodes);
    const pattern: Pattern = patNodes.some((x) => x.name === ",") ? { p: "seq", items: groups.map((g) => sub.pattern(g[0]!)) } : sub.pattern(groups[0]![0]!);
    const guard = guardNode ? sub.expr(sub.kids(guardNode)[1]!) : null;
    // spans back to the original source (the markers shift positions within this line only)
    shiftSpans(pattern, caseKw.to - prefix.length);
    if (guard) shiftSpans(guard, caseKw.to - prefix.length);
    return { pattern, guard, body: this.body(bodyN) };
  }

  patternNode(n: SyntaxNode): Pattern {
    // @lezer/python has no empty sequence or mapping pattern: `[]`, `()` and `{}` parse with error nodes
    if (n.name === "SequencePattern" && /^(\[\s*\]|\(\s*\))$/.test(this.text(n))) return { p: "seq", items: [] };
    if (n.name === "MappingPattern" && /^\{\s*\}$/.test(this.text(n))) return { p: "map", keys: [], values: [], rest: null };
    const k = this.kids(n);
    switch (n.name) {
      case "CapturePattern": {
        const name = this.text(n);
        if (name === EMPTY_MARK) return { p: "seq", items: [] };
        return { p: "capture", name: name === "_" ? null : name };
      }
      case "LiteralPattern": {
        if (k.length === 1) return { p: "value", value: this.expr(k[0]!) };
        const neg = this.text(k[0]!) === "-";
        const num = this.expr(k[neg ? 1 : 0]!);
        const v: Expr = neg ? ({ k: "UnaryOp", op: "-", operand: num, from: n.from, to: n.to } as Expr) : num;
        const rest = k.slice(neg ? 2 : 1);
        // a complex literal: `1 + 2j`, `-1 - 2j`
        if (rest.length === 2) {
          const op = this.text(rest[0]!);
          if (op !== "+" && op !== "-") this.syntax(rest[0]!);
          return { p: "value", value: { k: "BinOp", op, left: v, right: this.expr(rest[1]!), opSpan: rest[0]!, from: n.from, to: n.to } };
        }
        if (rest.length) this.syntax(n);
        return { p: "value", value: v };
      }
      case "AttributePattern": {
        let e: Expr | null = null;
        for (const c of k) {
          if (c.name === "VariableName") e = { k: "Name", id: this.text(c), from: c.from, to: c.to };
          else if (c.name === "PropertyName" && e) e = { k: "Attribute", value: e, attr: this.text(c), from: e.from, to: c.to };
        }
        return { p: "value", value: e! };
      }
      case "OrPattern": {
        // `as` binds loosest (`1 | 2 as n` names the whole or-pattern), but @lezer/python hangs
        // it on the last alternative; an `as` on an earlier one is CPython's syntax error
        const alts = k.filter((c) => c.name !== "LogicOp");
        if (alts.slice(0, -1).some((c) => c.name === "AsPattern")) this.syntax(n, "invalid syntax");
        const last = alts[alts.length - 1]!;
        if (last.name !== "AsPattern") return { p: "or", alts: alts.map((c) => this.pattern(c)) };
        const lastKids = this.kids(last);
        const or: Pattern = { p: "or", alts: [...alts.slice(0, -1).map((c) => this.pattern(c)), this.pattern(lastKids[0]!)], from: n.from, to: lastKids[0]!.to };
        return { p: "as", pattern: or, name: this.text(lastKids[2]!) };
      }
      case "AsPattern":
        return { p: "as", pattern: this.pattern(k[0]!), name: this.text(k[2]!) };
      case "StarPattern": {
        const name = this.text(k[1]!);
        return { p: "star", name: name === "_" ? null : name };
      }
      case "SequencePattern": {
        const inner = k.slice(1, -1);
        // `(p)` groups a pattern; only `(p,)` and `[p]` are sequences
        if (k[0]!.name === "(" && inner.length === 1) return this.pattern(inner[0]!);
        const items = this.splitCommas(inner).filter((g) => g.length);
        if (items.length === 1 && this.text(items[0]![0]!) === EMPTY_MARK) return { p: "seq", items: [] };
        return { p: "seq", items: items.map((g) => this.pattern(g[0]!)) };
      }
      case "MappingPattern": {
        const inner = k.slice(1, -1);
        const keys: Expr[] = [];
        const values: Pattern[] = [];
        let rest: string | null = null;
        for (const g of this.splitCommas(inner)) {
          if (!g.length) continue;
          if (g[0]!.name === "**") rest = this.text(g[1]!) === EMPTY_MARK ? null : this.text(g[1]!);
          else {
            const kp = this.pattern(g[0]!);
            if (kp.p !== "value") this.unsupported(n, "this mapping pattern key");
            keys.push(kp.value);
            values.push(this.pattern(g[2]!));
          }
        }
        return { p: "map", keys, values, rest };
      }
      case "ClassPattern": {
        const clsNode = k[0]!;
        const cls =
          clsNode.name === "VariableName"
            ? ({ k: "Name", id: this.text(clsNode), from: clsNode.from, to: clsNode.to } as Expr)
            : (this.pattern(clsNode) as { p: "value"; value: Expr }).value;
        const argList = k[1]!;
        const args: Pattern[] = [];
        const kwNames: string[] = [];
        const kwPats: Pattern[] = [];
        // lezer-python has no empty PatternArgList: `str()` parses with error nodes inside
        const empty = /^\(\s*\)$/.test(this.text(argList)) || this.text(argList) === `(${EMPTY_MARK})`;
        for (const g of empty ? [] : this.splitCommas(this.kids(argList).slice(1, -1))) {
          if (!g.length) continue;
          if (g[0]!.name === "KeywordPattern") {
            const kk = this.kids(g[0]!);
            kwNames.push(this.text(kk[0]!));
            kwPats.push(this.pattern(kk[kk.length - 1]!));
          } else args.push(this.pattern(g[0]!));
        }
        return { p: "class", cls, args, kwNames, kwPats };
      }
      default:
        return this.syntax(n);
    }
  }
}

/** stands in for nothing inside an empty `()`, `[]` or `{}` of a case pattern (Converter.reparseCase) */
const EMPTY_MARK = "__sandbox_empty_pattern__";

function subtreeHasError(n: SyntaxNode): boolean {
  let error = false;
  n.toTree().iterate({
    enter: (x) => {
      if (x.type.isError) error = true;
      return !error;
    },
  });
  return error;
}

/** a case's pattern text (and guard) with each empty `()`, `[]` and `{}` of the pattern holding EMPTY_MARK */
function markEmptyPatterns(text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      // copy a string literal as it is
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    // the guard is an expression: its calls keep their parentheses
    if (depth === 0 && /\bif\b/.test(text.slice(i, i + 3)) && (i === 0 || /\s/.test(text[i - 1]!))) return out + text.slice(i);
    const close = ({ "(": ")", "[": "]", "{": "}" } as Record<string, string>)[ch];
    if (close !== undefined) {
      const m = /^\s*/.exec(text.slice(i + 1))!;
      if (text[i + 1 + m[0].length] === close) {
        const mark = ch === "{" ? `**${EMPTY_MARK}` : EMPTY_MARK;
        const classArgs = ch === "(" && /[\w\])]\s*$/.test(out);
        out += ch + mark + (ch === "(" && !classArgs ? "," : "") + close;
        i += m[0].length + 1;
        continue;
      }
      depth++;
    } else if (ch === ")" || ch === "]" || ch === "}") depth--;
    out += ch;
  }
  return out;
}

function shiftSpans(node: unknown, by: number): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const x of node) shiftSpans(x, by);
    return;
  }
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if ((k === "from" || k === "to") && typeof v === "number") o[k] = Math.max(0, v + by);
    else if (v !== null && typeof v === "object") shiftSpans(v, by);
  }
}

export function normBig(b: bigint): number | bigint {
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
}

export function parseModule(source: string): Module {
  return new Converter(patchBareYields(source)).module();
}

// @lezer/python cannot parse a bare `yield` (a statement, or the right side of an assignment),
// which every @contextmanager example uses. `yield None` means the same, so a source that does
// not parse gets its bare yields spelled that way and is parsed again; a source that parses as
// it is, or still fails after the patch, is left alone so errors point at what was written.
const BARE_YIELD = /^([ \t]*(?:[^#\n'"]*?[^=!<>:+\-*/%&|^@]=[ \t]*)?)yield([ \t]*(?:#.*)?)$/gm;

function hasSyntaxError(source: string): boolean {
  let error = false;
  parser.parse(maskFormatSpecWalrus(source)).iterate({
    enter: (node) => {
      if (node.type.isError) error = true;
      return !error;
    },
  });
  return error;
}

function patchBareYields(source: string): string {
  if (!/\byield[ \t]*(?:#.*)?$/m.test(source) || !hasSyntaxError(source)) return source;
  const tree = parser.parse(source);
  // A line reading "yield" inside a triple-quoted string is text, not a statement.
  const inString = (pos: number) => {
    for (let node: SyntaxNode | null = tree.resolveInner(pos, 1); node; node = node.parent) {
      if (node.name === "String" || node.name === "FormatString" || node.name === "Comment") return true;
    }
    return false;
  };
  const patched = source.replace(BARE_YIELD, (whole: string, head: string, tail: string, offset: number) => (inString(offset + head.length) ? whole : `${head}yield None${tail}`));
  return patched !== source && !hasSyntaxError(patched) ? patched : source;
}

export { decodeStringLiteral };
export type { CmpOpName };
