// AST → bytecode. One FnCompiler per code object; fblocks track what must be unwound on
// return/break/continue (CPython ≤3.10 style: finally bodies are inlined at each exit).
import type { Arg, Expr, Params, Pattern, Span, Stmt } from "../parse/ast";
import { SourceError, lineOf, lineStarts } from "../parse/to-ast";
import { None, Ellipsis, PyBytes, PyComplex, PyFloat, type PyValue } from "../runtime/value";
import type { Code, IdentitySpec, IdentityStore, ListIdentity, NameRef } from "./code";
import { appendCall, identityNames, internArg, selfOrNewReceiver, splitReceiver, splitsBySeparator, type IdentityNames } from "./identity-names";
import { BINOPS, CMPOPS, Op } from "./opcodes";
import { buildScopes, nameKind, type Scope, type ScopeMap } from "./scope";

// `from __future__ import annotations` keeps annotations as their source text
const FUTURE_ANNOTATIONS = /^\s*from\s+__future__\s+import\s+[^\n]*\bannotations\b/m;

type Label = { pos: number; refs: number[] };
type FBlock =
  | { t: "loop"; cont: Label; brk: Label; hasIter: boolean }
  | { t: "finally"; body: Stmt[] }
  | { t: "with"; isAsync: boolean }
  | { t: "handler"; name: string | null }
  | { t: "finally_exc" }
  | { t: "pop_value" };

export function compileModule(body: Stmt[], source: string, filename: string): Code {
  const { top, map } = buildScopes(body);
  moduleIdentifiers.set(map, programIdentifiers(body));
  moduleIsNames.set(map, identityNames(body));
  const starts = lineStarts(source);
  const c = new FnCompiler(top, map, source, filename, starts, "<module>", "<module>");
  c.warnings = [];
  const first = body[0];
  const doc = first && first.k === "Expr" && first.value.k === "Const" && first.value.value.t === "str" ? first.value.value.v : null;
  if (doc !== null) {
    c.setLoc(first!);
    c.loadConst(doc);
    c.storeName("__doc__");
  }
  // SETUP_ANNOTATIONS: a module with an annotated assignment at its top level gets __annotations__
  if (hasAnnotations(body)) {
    c.emit(Op.BUILD_MAP, 0);
    c.storeName("__annotations__");
  }
  c.stmts(body);
  c.emit(Op.LOAD_CONST, c.constIndex(None));
  c.emit(Op.RETURN_VALUE);
  const code = c.finish(1, { posonly: 0, args: [], vararg: null, kwonly: [], kwarg: null }, null);
  if (c.warnings.length) code.warnings = c.warnings;
  return code;
}

/** Whether a module's own statements (not its functions' or classes') annotate an assignment. */
function hasAnnotations(body: Stmt[]): boolean {
  return body.some((s) => {
    switch (s.k) {
      case "AnnAssign":
        return true;
      case "If":
      case "While":
      case "For":
        return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case "With":
        return hasAnnotations(s.body);
      case "Try":
        return hasAnnotations(s.body) || s.handlers.some((h) => hasAnnotations(h.body)) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody);
      case "Match":
        return s.cases.some((c) => hasAnnotations(c.body));
      default:
        return false;
    }
  });
}

const ATTR_METHOD_OK = true;

class FnCompiler {
  code: number[] = [];
  lines: number[] = [];
  spans: number[] = [];
  consts: PyValue[] = [];
  constMap = new Map<unknown, number>();
  names: string[] = [];
  nameMap = new Map<string, number>();
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  children: Code[] = [];
  fblocks: FBlock[] = [];
  line = 1;
  span: [number, number, number, number] = [-1, -1, -1, -1];
  tmpCounter = 0;

  constructor(
    public scope: Scope,
    public map: ScopeMap,
    public source: string,
    public filename: string,
    public starts: number[],
    public name: string,
    public qualname: string,
  ) {
    for (const p of scope.params) this.varIndex(p);
    if (scope.kind === "function" || scope.kind === "comp") {
      for (const n of scope.assigned) if (nameKind(scope, n) === "fast") this.varIndex(n);
    }
    for (const n of [...scope.cells].sort()) if (nameKind(scope, n) === "cell") this.cellvars.push(n);
    if (scope.kind === "class" && scope.needsClassCell) this.cellvars.push("__class__");
    for (const n of [...scope.frees].sort()) this.freevars.push(n);
  }

  // ---------- emission ----------
  setLoc(n: Span & { line?: number }): void {
    this.line = lineOf(this.starts, n.from);
    this.span = [n.from, n.to, -1, -1];
  }
  setSpan(e: Span, focus?: Span): void {
    this.line = lineOf(this.starts, e.from);
    this.span = [e.from, e.to, focus ? focus.from : -1, focus ? focus.to : -1];
  }
  emit(op: Op, arg = 0): number {
    const pos = this.code.length;
    this.code.push(op, arg);
    this.lines.push(this.line);
    this.spans.push(this.span[0], this.span[1], this.span[2], this.span[3]);
    return pos;
  }
  label(): Label {
    return { pos: -1, refs: [] };
  }
  here(l: Label): void {
    l.pos = this.code.length;
    for (const r of l.refs) this.code[r + 1] = l.pos;
  }
  jump(op: Op, l: Label): void {
    const pos = this.emit(op, l.pos);
    if (l.pos < 0) l.refs.push(pos);
  }
  constIndex(v: PyValue): number {
    // equal float, complex, bytes and tuple constants are one object across the whole module, as
    // CPython's compiler merges them (so `x = 1.5; y = 1.5; x is y`)
    if (v instanceof PyFloat || v instanceof PyComplex || v instanceof PyBytes || (v instanceof PyTuple && v.cls === T.tuple)) {
      let cache = moduleConsts.get(this.map);
      if (cache === undefined) moduleConsts.set(this.map, (cache = new Map()));
      const ck = constKey(v);
      const known = cache.get(ck);
      if (known === undefined) cache.set(ck, v);
      else v = known;
    }
    noteStrConsts(this.map, v);
    const key = typeof v === "object" ? v : typeof v + ":" + String(v);
    let i = this.constMap.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constMap.set(key, i);
    }
    return i;
  }
  loadConst(v: PyValue): void {
    this.emit(Op.LOAD_CONST, this.constIndex(v));
  }
  nameIndex(n: string): number {
    let i = this.nameMap.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameMap.set(n, i);
    }
    return i;
  }
  varIndex(n: string): number {
    let i = this.varnames.indexOf(n);
    if (i < 0) {
      i = this.varnames.length;
      this.varnames.push(n);
    }
    return i;
  }
  derefIndex(n: string): number {
    const i = this.cellvars.indexOf(n);
    if (i >= 0) return i;
    const j = this.freevars.indexOf(n);
    if (j < 0) throw new Error(`internal: no cell for ${n}`);
    return this.cellvars.length + j;
  }
  unsupported(n: Span, what: string): never {
    throw new SourceError("unsupported", `${what} is not supported by the sandbox`, lineOf(this.starts, n.from));
  }
  syntaxError(n: Span, msg: string): never {
    throw new SourceError("syntax", msg, lineOf(this.starts, n.from));
  }

  finish(firstLine: number, params: Params, doc: string | null): Code {
    const s = this.scope;
    const cellFromArg = this.cellvars.map((c) => s.params.indexOf(c));
    return {
      name: this.name,
      qualname: this.qualname,
      filename: this.filename,
      code: Int32Array.from(this.code),
      consts: this.consts,
      names: this.names,
      globalCache: this.names.map(() => ({ map: null, keys: -1, cell: null })),
      attrCache: this.names.flatMap(() => [0, 1, 2].map(() => ({ cls: null, epoch: -1, value: undefined }))),
      varnames: this.varnames,
      cellvars: this.cellvars,
      freevars: this.freevars,
      cellFromArg,
      argcount: params.args.length,
      posonlycount: params.posonly,
      kwonlycount: params.kwonly.length,
      flags: {
        generator: s.generator,
        coroutine: s.coroutine,
        usesNames: s.kind === "module" || s.kind === "class",
        varargs: params.vararg !== null,
        varkw: params.kwarg !== null,
      },
      firstLine,
      lines: Int32Array.from(this.lines),
      spans: Int32Array.from(this.spans),
      doc,
      source: this.source,
      hidden: false,
      children: this.children,
      ...(this.identity.size ? { identity: this.identity } : {}),
    };
  }

  /** identities of stores and `is` operands (Code.identity) */
  identity = new Map<number, IdentityStore | [IdentitySpec, IdentitySpec] | ListIdentity>();
  /** the identity the next storeName records, set by the assignment that stores */
  pendingIdentity: IdentitySpec | null = null;
  /** the module's compile-time warnings (the module compiler only) */
  warnings: string[] = [];

  /** CPython's SyntaxWarning for `x is 1`: `is` against a literal other than None, True, False, ... */
  literalIsWarning(op: string, left: Expr, right: Expr, at: Span): void {
    const literal = (x: Expr): boolean => {
      const v = foldConst(x);
      return v !== null && v !== None && v !== Ellipsis && typeof v !== "boolean";
    };
    if (!literal(left) && !literal(right)) return;
    const line = lineOf(this.starts, at.from);
    const text = this.source.split("\n")[line - 1]?.trim() ?? "";
    const msg = op === "is" ? `"is" with a literal. Did you mean "=="?` : `"is not" with a literal. Did you mean "!="?`;
    this.moduleCompiler().warnings.push(`${this.filename}:${line}: SyntaxWarning: ${msg}\n  ${text}\n`);
  }

  /** the compiler of the enclosing code (null for the module) */
  parentCompiler: FnCompiler | null = null;

  /** the module's compiler, which collects the warnings of every nested function */
  moduleCompiler(): FnCompiler {
    return this.parentCompiler ? this.parentCompiler.moduleCompiler() : this;
  }

  // ---------- names ----------
  /** an attribute name, mangled when private (`self.__x` in class C reads `_C__x`) */
  attrIndex(attr: string): number {
    return this.nameIndex(mangle(this.scope.private, attr));
  }
  loadName(name: string): void {
    const n = mangle(this.scope.private, name);
    switch (nameKind(this.scope, n)) {
      case "fast":
        return void this.emit(Op.LOAD_FAST, this.varIndex(n));
      case "cell":
      case "free":
        return void this.emit(Op.LOAD_DEREF, this.derefIndex(n));
      case "classderef":
        return void this.emit(Op.LOAD_CLASSDEREF, this.derefIndex(n));
      case "global":
        return void this.emit(Op.LOAD_GLOBAL, this.nameIndex(n));
      case "name":
        return void this.emit(Op.LOAD_NAME, this.nameIndex(n));
    }
  }
  storeName(name: string): void {
    const n = mangle(this.scope.private, name);
    const spec = this.pendingIdentity ?? { k: "unknown" };
    this.pendingIdentity = null;
    if (moduleIsNames.get(this.map)?.names.has(n)) return this.storeNameTracked(n, spec);
    switch (nameKind(this.scope, n)) {
      case "fast":
        return void this.emit(Op.STORE_FAST, this.varIndex(n));
      case "cell":
      case "free":
        return void this.emit(Op.STORE_DEREF, this.derefIndex(n));
      case "classderef":
      case "name":
        return void this.emit(Op.STORE_NAME, this.nameIndex(n));
      case "global":
        return void this.emit(Op.STORE_GLOBAL, this.nameIndex(n));
    }
  }
  /** a store to a name some `is` compares: the _ID opcode also records the value's identity */
  storeNameTracked(n: string, spec: IdentitySpec): void {
    const kind = nameKind(this.scope, n);
    // a fast local's identity lives in a hidden local beside it (cleared with the frame)
    this.identity.set(this.code.length, { spec, shadow: kind === "fast" ? this.varIndex(`$id ${n}`) : -1 });
    switch (kind) {
      case "fast":
        return void this.emit(Op.STORE_FAST_ID, this.varIndex(n));
      case "cell":
      case "free":
        return void this.emit(Op.STORE_DEREF_ID, this.derefIndex(n));
      case "classderef":
      case "name":
        return void this.emit(Op.STORE_NAME_ID, this.nameIndex(n));
      case "global":
        return void this.emit(Op.STORE_GLOBAL_ID, this.nameIndex(n));
    }
  }

  /** the identity of the value `e` produces, as far as the code shows it (IdentitySpec) */
  identityOf(e: Expr): IdentitySpec {
    const c = foldConst(e);
    if (c !== null) return typeof c === "number" || typeof c === "bigint" || typeof c === "string" ? { k: "const", token: constKey(c) } : { k: "unknown" };
    switch (e.k) {
      case "Name": {
        const n = mangle(this.scope.private, e.id);
        if (!moduleIsNames.get(this.map)?.names.has(n)) return { k: "unknown" };
        const kind = nameKind(this.scope, n);
        const index = kind === "fast" ? this.varIndex(`$id ${n}`) : kind === "cell" || kind === "free" || kind === "classderef" ? this.derefIndex(n) : 0;
        return { k: "name", kind, index, name: n };
      }
      // arithmetic makes a new int (CPython caches only -5..256), and so does int() of a str or
      // of another call; a joined, case-changed or formatted str is new too
      case "BinOp":
      case "UnaryOp":
        return e.k === "UnaryOp" && e.op === "not" ? { k: "unknown" } : { k: "fresh" };
      case "Subscript": {
        if (e.value.k === "Name" && this.trackedList(e.value.id)) {
          const i = foldConst(e.index);
          if (typeof i === "number") return { k: "item", of: this.nameRef(e.value.id), index: i };
          if (e.index.k === "Name") return { k: "item", of: this.nameRef(e.value.id), index: this.nameRef(e.index.id) };
          return { k: "unknown" };
        }
        const recv = splitReceiver(e.value);
        if (recv !== null) return { k: "sameOrNew", recv: this.identityOf(recv), recvVal: this.receiverRef(recv) };
        return { k: "unknown" };
      }
      case "Call": {
        const f = e.func;
        const interned = internArg(e);
        if (interned !== null) return { k: "intern", arg: this.identityOf(interned), pre: this.internedBefore() };
        const self = selfOrNewReceiver(e);
        if (self !== null) return { k: "sameOrNew", recv: this.identityOf(self), recvVal: this.receiverRef(self) };
        if (f.k === "Name" && (f.id === "int" || f.id === "float") && e.args.length >= 1 && e.args[0]!.kind === "pos") {
          const arg = e.args[0]!.value;
          // int(x) of an exact int is x itself: whether it is depends on x's value when it runs
          if (arg.k === "Name") return f.id === "int" && e.args.length === 1 ? { k: "intOf", arg: this.identityOf(arg), argVal: this.nameRef(arg.id) } : { k: "unknown" };
          // an item or attribute may be an int already: an item of a tracked list is compared by value
          if (arg.k === "Subscript") {
            const item = this.identityOf(arg);
            return item.k === "item" && f.id === "int" && e.args.length === 1 ? { k: "intOf", arg: item, argVal: null } : { k: "unknown" };
          }
          return arg.k === "Attribute" ? { k: "unknown" } : { k: "fresh" };
        }
        if (f.k === "Attribute" && FRESH_STR_METHODS.has(f.attr)) return { k: "fresh" };
        return { k: "unknown" };
      }
      case "FStr":
        return e.parts.length > 1 ? { k: "fresh" } : { k: "unknown" };
      default:
        return { k: "unknown" };
    }
  }

  /** whether the items of the list named `n` have recorded identities */
  trackedList(n: string): boolean {
    return moduleIsNames.get(this.map)?.lists.has(mangle(this.scope.private, n)) ?? false;
  }
  /** where the variable `name` lives, to read its value again at run time */
  nameRef(name: string): NameRef {
    const n = mangle(this.scope.private, name);
    const kind = nameKind(this.scope, n);
    const index = kind === "fast" ? this.varIndex(n) : kind === "cell" || kind === "free" || kind === "classderef" ? this.derefIndex(n) : 0;
    return { kind, index, name: n };
  }
  /** a split receiver's value: a str constant, or the variable holding it */
  receiverRef(e: Expr): NameRef | string | null {
    const c = foldConst(e);
    if (typeof c === "string") return c;
    return e.k === "Name" ? this.nameRef(e.id) : null;
  }
  /** the strs CPython had interned before this module ran: identifier-like constants and names of
   * the module, and what its start-up interned */
  internedBefore(): (s: string) => boolean {
    const map = this.map;
    const ids = moduleIdentifiers.get(map);
    return (v) => /^[A-Za-z0-9_]+$/.test(v) && (isStartupInterned(v) || (ids?.has(v) ?? false) || (moduleStrConsts.get(map)?.has(v) ?? false));
  }
  /** after a list value is built for `target = value`: record its items' identities (ID_LIST) */
  noteListItems(value: Expr): void {
    let spec: ListIdentity | null = null;
    if (value.k === "List" && !value.elts.some((x) => x.k === "Starred")) spec = { k: "display", elts: value.elts.map((x) => this.identityOf(x)) };
    else {
      const recv = splitReceiver(value);
      if (recv !== null) spec = { k: "split", recv: this.identityOf(recv), recvVal: this.receiverRef(recv), sep: splitsBySeparator(value) };
    }
    if (spec === null) return;
    this.identity.set(this.code.length, spec);
    this.emit(Op.ID_LIST);
  }

  deleteName(name: string): void {
    const n = mangle(this.scope.private, name);
    switch (nameKind(this.scope, n)) {
      case "fast":
        return void this.emit(Op.DELETE_FAST, this.varIndex(n));
      case "cell":
      case "free":
        return void this.emit(Op.DELETE_DEREF, this.derefIndex(n));
      case "classderef":
      case "name":
        return void this.emit(Op.DELETE_NAME, this.nameIndex(n));
      case "global":
        return void this.emit(Op.DELETE_GLOBAL, this.nameIndex(n));
    }
  }

  // ---------- statements ----------
  stmts(list: Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: Stmt): void {
    this.setLoc(s);
    switch (s.k) {
      case "Expr": {
        if (s.value.k === "Const") return; // docstrings and bare constants
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        const app = appendCall(s.value);
        if (app !== null && this.trackedList(app[0])) {
          this.identity.set(this.code.length, { k: "append", elt: this.identityOf(app[1]), of: this.nameRef(app[0]) });
          this.emit(Op.ID_APPENDED);
        }
        return;
      }
      case "Assign": {
        const spec = this.identityOf(s.value);
        this.expr(s.value);
        const only = s.targets.length === 1 ? s.targets[0]! : null;
        if (only !== null && only.k === "Name" && this.trackedList(only.id)) this.noteListItems(s.value);
        if (only !== null && (only.k === "Tuple" || only.k === "List") && s.value.k === "Name" && this.trackedList(s.value.id) && !only.elts.some((x) => x.k === "Starred")) {
          // `a, b = xs`: each name takes the identity of its item
          this.setSpan(only);
          this.emit(Op.UNPACK_SEQUENCE, only.elts.length);
          only.elts.forEach((t, i) => {
            if (t.k === "Name") this.pendingIdentity = { k: "item", of: this.nameRef((s.value as { id: string }).id), index: i };
            this.assign(t);
          });
          return;
        }
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.DUP_TOP);
          // `a = b = x + 1` binds one fresh object to both: that shared identity is not modelled
          if (t.k === "Name") this.pendingIdentity = spec.k === "fresh" && s.targets.length > 1 ? { k: "unknown" } : spec;
          this.assign(t);
        });
        return;
      }
      case "AugAssign":
        return this.augAssign(s.target, s.op, s.value, s);
      case "AnnAssign":
        if ((this.scope.kind === "class" || this.scope.kind === "module") && s.target.k === "Name") {
          // a class body or a module records its annotations, evaluated (as source text under
          // `from __future__ import annotations`)
          if (s.annotation) this.annotation(s.annotation);
          else
            this.emit(
              Op.LOAD_CONST,
              this.constIndex(
                this.source
                  .slice(s.target.to, s.value ? s.value.from : s.to)
                  .replace(/^\s*:\s*/, "")
                  .replace(/\s*=\s*$/, ""),
              ),
            );
          this.emit(Op.LOAD_NAME, this.nameIndex("__annotations__"));
          this.loadConst(mangle(this.scope.private, s.target.id));
          this.emit(Op.STORE_SUBSCR);
        }
        if (s.value) {
          this.expr(s.value);
          this.assign(s.target);
        }
        return;
      case "If": {
        const orelse = this.label();
        const end = this.label();
        this.condJump(s.test, false, orelse);
        this.stmts(s.body);
        if (s.orelse.length) this.jump(Op.JUMP, end);
        this.here(orelse);
        this.stmts(s.orelse);
        this.here(end);
        return;
      }
      case "While": {
        const top = this.label();
        const orelse = this.label();
        const brk = this.label();
        this.here(top);
        this.condJump(s.test, false, orelse);
        this.fblocks.push({ t: "loop", cont: top, brk, hasIter: false });
        this.stmts(s.body);
        this.fblocks.pop();
        this.setLoc(s);
        this.jump(Op.JUMP_BACKWARD, top);
        this.here(orelse);
        this.stmts(s.orelse);
        this.here(brk);
        return;
      }
      case "For":
        return this.forStmt(s);
      case "Break":
      case "Continue": {
        const isBreak = s.k === "Break";
        for (let i = this.fblocks.length - 1; i >= 0; i--) {
          const b = this.fblocks[i]!;
          if (b.t === "loop") {
            if (isBreak) {
              if (b.hasIter) this.emit(Op.POP_TOP);
              this.jump(Op.JUMP, b.brk);
            } else this.jump(Op.JUMP_BACKWARD, b.cont);
            return;
          }
          this.unwind(b, i, false);
        }
        return this.syntaxError(s, `'${isBreak ? "break" : "continue"}' outside loop`);
      }
      case "Pass":
        return;
      case "Return": {
        if (this.scope.kind !== "function") this.syntaxError(s, "'return' outside function");
        if (s.value && this.scope.coroutine && this.scope.generator) this.syntaxError(s, "'return' with value in async generator");
        if (s.value) this.expr(s.value);
        else this.loadConst(None);
        for (let i = this.fblocks.length - 1; i >= 0; i--) this.unwind(this.fblocks[i]!, i, true);
        this.setLoc(s);
        this.emit(Op.RETURN_VALUE);
        return;
      }
      case "FunctionDef": {
        for (const d of s.decorators) this.expr(d);
        this.makeFunction(s, s.name, s.params, s.body, s.doc, s.returns);
        for (let i = 0; i < s.decorators.length; i++) this.emit(Op.CALL, 1);
        this.storeName(s.name);
        return;
      }
      case "ClassDef":
        return this.classDef(s);
      case "Try":
        return this.tryStmt(s);
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        this.setLoc(s);
        this.emit(Op.RAISE, s.cause ? 2 : s.exc ? 1 : 0);
        return;
      case "With":
        return this.withStmt(s, 0);
      case "Global":
      case "Nonlocal":
        return;
      case "Delete":
        for (const t of s.targets) this.del(t);
        return;
      case "Import":
        for (const a of s.names) {
          this.loadConst(a.asname ? 1 : 0);
          this.emit(Op.IMPORT_NAME, this.nameIndex(a.name));
          if (a.asname) {
            // import a.b as c binds the submodule
            this.storeName(a.asname);
          } else this.storeName(a.name.split(".")[0]!);
        }
        return;
      case "ImportFrom":
        this.loadConst(1); // fromlist: IMPORT_NAME yields the submodule itself
        this.emit(Op.IMPORT_NAME, this.nameIndex(s.module));
        if (s.names.length === 1 && s.names[0]!.name === "*") {
          this.emit(Op.IMPORT_STAR);
          return;
        }
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.nameIndex(a.name));
          this.storeName(a.asname ?? a.name);
        }
        this.emit(Op.POP_TOP);
        return;
      case "Assert": {
        const ok = this.label();
        this.condJump(s.test, true, ok);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.emit(Op.CALL, 1);
        }
        this.setLoc(s);
        this.emit(Op.RAISE, 1);
        this.here(ok);
        return;
      }
      case "Match":
        return this.matchStmt(s);
    }
  }

  /** Emit the exit actions of one fblock for return (value on TOS) or break/continue. */
  unwind(b: FBlock, index: number, preserveTop: boolean): void {
    switch (b.t) {
      case "loop":
        if (b.hasIter) {
          if (preserveTop) this.emit(Op.ROT_TWO);
          this.emit(Op.POP_TOP);
        }
        return;
      case "finally": {
        this.emit(Op.POP_BLOCK);
        const saved = this.fblocks;
        this.fblocks = saved.slice(0, index);
        if (preserveTop) this.fblocks.push({ t: "pop_value" });
        this.stmts(b.body);
        this.fblocks = saved;
        return;
      }
      case "with":
        this.emit(Op.POP_BLOCK);
        if (preserveTop) this.emit(Op.ROT_TWO);
        this.emit(Op.WITH_EXIT, b.isAsync ? 1 : 0);
        if (b.isAsync) this.awaitTop();
        this.emit(Op.POP_TOP);
        return;
      case "handler":
        this.emit(Op.POP_BLOCK);
        if (preserveTop) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_EXCEPT);
        if (b.name) {
          this.loadConst(None);
          this.storeName(b.name);
          this.deleteName(b.name);
        }
        return;
      case "finally_exc":
        // return/break inside a finally that runs for an exception: the exception is dropped
        this.emit(Op.POP_BLOCK);
        // [prev, exc, value] → [value, prev]: the exception goes, POP_EXCEPT restores prev
        if (preserveTop) this.emit(Op.ROT_THREE);
        this.emit(Op.POP_TOP);
        this.emit(Op.POP_EXCEPT);
        return;
      case "pop_value":
        return;
    }
  }

  awaitTop(): void {
    this.emit(Op.GET_AWAITABLE);
    this.loadConst(None);
    this.emit(Op.YIELD_FROM);
  }

  forStmt(s: Extract<Stmt, { k: "For" }>): void {
    const top = this.label();
    const brk = this.label();
    const cleanup = this.label();
    if (s.isAsync) this.expr(s.iter);
    else this.iterable(s.iter);
    this.setLoc(s);
    if (s.isAsync) {
      this.emit(Op.GET_AITER);
      this.here(top);
      const exc = this.label();
      this.jump(Op.SETUP_FINALLY, exc);
      this.emit(Op.GET_ANEXT);
      this.awaitTop();
      this.emit(Op.POP_BLOCK);
      this.assign(s.target);
      this.fblocks.push({ t: "loop", cont: top, brk, hasIter: true });
      this.stmts(s.body);
      this.fblocks.pop();
      this.jump(Op.JUMP_BACKWARD, top);
      this.here(exc);
      this.emit(Op.END_ASYNC_FOR); // pops exc + aiter if StopAsyncIteration, else re-raises
      this.stmts(s.orelse);
      this.here(brk);
      return;
    }
    this.emit(Op.GET_ITER);
    this.here(top);
    this.jump(Op.FOR_ITER, cleanup);
    if (s.target.k === "Name") this.pendingIdentity = { k: "iter" };
    this.assign(s.target);
    this.fblocks.push({ t: "loop", cont: top, brk, hasIter: true });
    this.stmts(s.body);
    this.fblocks.pop();
    this.setLoc(s);
    this.jump(Op.JUMP_BACKWARD, top);
    this.here(cleanup);
    this.stmts(s.orelse);
    this.here(brk);
  }

  tryStmt(s: Extract<Stmt, { k: "Try" }>): void {
    if (s.finalbody.length) {
      const excPath = this.label();
      const end = this.label();
      this.jump(Op.SETUP_FINALLY, excPath);
      this.fblocks.push({ t: "finally", body: s.finalbody });
      if (s.handlers.length) this.tryExcept(s);
      else this.stmts(s.body);
      this.fblocks.pop();
      this.emit(Op.POP_BLOCK);
      this.stmts(s.finalbody);
      this.jump(Op.JUMP, end);
      // exceptional path: [exc] → [prev, exc]
      this.here(excPath);
      this.emit(Op.PUSH_EXC_INFO);
      const cleanup = this.label();
      this.jump(Op.SETUP_FINALLY, cleanup);
      this.fblocks.push({ t: "finally_exc" });
      this.stmts(s.finalbody);
      this.fblocks.pop();
      this.emit(Op.POP_BLOCK);
      this.emit(Op.POP_EXCEPT_AND_RERAISE, 0);
      this.here(cleanup);
      this.emit(Op.POP_EXCEPT_AND_RERAISE, 1);
      this.here(end);
      return;
    }
    this.tryExcept(s);
  }

  tryExcept(s: Extract<Stmt, { k: "Try" }>): void {
    const handler = this.label();
    const orelse = this.label();
    const end = this.label();
    this.jump(Op.SETUP_FINALLY, handler);
    this.stmts(s.body);
    this.emit(Op.POP_BLOCK);
    this.jump(Op.JUMP, orelse);
    this.here(handler);
    this.emit(Op.PUSH_EXC_INFO); // [prev, exc]
    const cleanup = this.label();
    this.jump(Op.SETUP_FINALLY, cleanup);
    if (s.star) {
      this.exceptStar(s, end, cleanup);
    } else {
      for (const h of s.handlers) {
        this.line = h.line;
        const next = this.label();
        if (h.type) {
          this.emit(Op.DUP_TOP);
          this.expr(h.type);
          this.jump(Op.JUMP_IF_NOT_EXC_MATCH, next);
        }
        if (h.name) this.storeName(h.name);
        else this.emit(Op.POP_TOP);
        // [prev]
        this.fblocks.push({ t: "handler", name: h.name });
        this.stmts(h.body);
        this.fblocks.pop();
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (h.name) {
          this.loadConst(None);
          this.storeName(h.name);
          this.deleteName(h.name);
        }
        this.jump(Op.JUMP, end);
        this.here(next);
      }
      this.emit(Op.RERAISE);
    }
    this.here(cleanup);
    this.emit(Op.POP_EXCEPT_AND_RERAISE, 0);
    this.here(orelse);
    this.stmts(s.orelse);
    this.here(end);
  }

  /** except*: each clause splits the remaining group; leftovers are re-raised at the end. */
  exceptStar(s: Extract<Stmt, { k: "Try" }>, end: Label, _cleanup: Label): void {
    // stack: [prev, eg]; JUMP_IF_NOT_EG_MATCH replaces eg with [rest, match] or jumps keeping [eg]
    for (const h of s.handlers) {
      this.line = h.line;
      const next = this.label();
      if (!h.type) this.syntaxError(s, "expected 'except' type");
      this.expr(h.type!);
      this.jump(Op.JUMP_IF_NOT_EG_MATCH, next);
      // [prev, rest, match]
      if (h.name) this.storeName(h.name);
      else this.emit(Op.POP_TOP);
      this.fblocks.push({ t: "pop_value" });
      this.stmts(h.body);
      this.fblocks.pop();
      this.here(next);
    }
    // [prev, rest]: rest is None when everything was handled
    const handled = this.label();
    this.emit(Op.DUP_TOP);
    this.loadConst(None);
    this.emit(Op.IS_OP, 0);
    this.jump(Op.POP_JUMP_IF_TRUE, handled);
    this.emit(Op.RERAISE);
    this.here(handled);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.jump(Op.JUMP, end);
  }

  withStmt(s: Extract<Stmt, { k: "With" }>, i: number): void {
    const item = s.items[i]!;
    this.expr(item.ctx);
    this.setSpan(item.ctx);
    if (s.isAsync) {
      this.emit(Op.BEFORE_ASYNC_WITH);
      this.awaitTop();
    } else this.emit(Op.BEFORE_WITH);
    const excPath = this.label();
    const end = this.label();
    if (item.target) this.assign(item.target);
    else this.emit(Op.POP_TOP);
    this.jump(Op.SETUP_FINALLY, excPath);
    this.fblocks.push({ t: "with", isAsync: s.isAsync });
    if (i + 1 < s.items.length) this.withStmt(s, i + 1);
    else this.stmts(s.body);
    this.fblocks.pop();
    this.setLoc(s);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.WITH_EXIT, s.isAsync ? 1 : 0);
    if (s.isAsync) this.awaitTop();
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, end);
    // exceptional path: [exit, exc]
    this.here(excPath);
    this.emit(Op.PUSH_EXC_INFO); // [exit, prev, exc]
    const cleanup = this.label();
    const suppress = this.label();
    this.jump(Op.SETUP_FINALLY, cleanup);
    this.emit(Op.WITH_EXCEPT_START); // [exit, prev, exc, res]
    if (s.isAsync) this.awaitTop();
    this.jump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_EXCEPT_AND_RERAISE, 0);
    this.here(suppress);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, end);
    this.here(cleanup);
    this.emit(Op.POP_EXCEPT_AND_RERAISE, 0);
    this.here(end);
  }

  classDef(s: Extract<Stmt, { k: "ClassDef" }>): void {
    for (const d of s.decorators) this.expr(d);
    const scope = this.map.get(s)!;
    const qual = this.scope.kind === "module" ? s.name : this.scope.kind === "class" ? `${this.qualname}.${s.name}` : `${this.qualname}.<locals>.${s.name}`;
    const c = new FnCompiler(scope, this.map, this.source, this.filename, this.starts, s.name, qual);
    c.parentCompiler = this;
    c.setLoc(s);
    // a class body starts as CPython's does: `__module__ = __name__`, its __qualname__, and an
    // __annotations__ dict only when the body annotates something
    c.emit(Op.LOAD_NAME, c.nameIndex("__name__"));
    c.emit(Op.STORE_NAME, c.nameIndex("__module__"));
    c.loadConst(qual);
    c.emit(Op.STORE_NAME, c.nameIndex("__qualname__"));
    if (annotatesNames(s.body)) {
      c.emit(Op.BUILD_MAP, 0);
      c.emit(Op.STORE_NAME, c.nameIndex("__annotations__"));
    }
    const first = s.body[0];
    if (first && first.k === "Expr" && first.value.k === "Const" && first.value.value.t === "str") {
      c.loadConst(first.value.value.v);
      c.emit(Op.STORE_NAME, c.nameIndex("__doc__"));
    }
    c.stmts(s.body);
    if (scope.needsClassCell) {
      c.emit(Op.LOAD_CLOSURE, c.cellvars.indexOf("__class__"));
      c.emit(Op.STORE_NAME, c.nameIndex("__classcell__"));
    }
    c.loadConst(None);
    c.emit(Op.RETURN_VALUE);
    const code = c.finish(lineOf(this.starts, s.from), { posonly: 0, args: [], vararg: null, kwonly: [], kwarg: null }, null);
    this.setLoc(s);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.pushFunction(code, 0);
    this.loadConst(s.name);
    this.callArgs(s.args, 2, s);
    for (let i = 0; i < s.decorators.length; i++) this.emit(Op.CALL, 1);
    this.storeName(s.name);
  }

  /** Push a new function object for `code` (closure cells loaded from this scope). */
  pushFunction(code: Code, flags: number): void {
    if (code.freevars.length) {
      for (const f of code.freevars) {
        if (f === "__class__" && this.scope.kind === "class") this.emit(Op.LOAD_CLOSURE, this.cellvars.indexOf("__class__"));
        else this.emit(Op.LOAD_CLOSURE, this.derefIndex(f));
      }
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    const idx = this.children.length;
    this.children.push(code);
    this.emit(Op.MAKE_FUNCTION, (idx << 4) | flags);
  }

  /** an annotation's value: evaluated, or its source text under `from __future__ import annotations` */
  annotation(e: Expr): void {
    if (FUTURE_ANNOTATIONS.test(this.source)) this.loadConst(this.source.slice(e.from, e.to));
    else this.expr(e);
  }

  makeFunction(node: Stmt | Expr, name: string, params: Params, body: Stmt[] | Expr, doc: string | null, returns: Expr | null = null): void {
    let flags = 0;
    const dflts = params.args.filter((a) => a.dflt);
    if (dflts.length) {
      for (const a of dflts) this.expr(a.dflt!);
      this.emit(Op.BUILD_TUPLE, dflts.length);
      flags |= 1;
    }
    const kwd = params.kwonly.filter((a) => a.dflt);
    if (kwd.length) {
      for (const a of kwd) {
        this.loadConst(mangle(this.scope.private, a.name));
        this.expr(a.dflt!);
      }
      this.emit(Op.BUILD_MAP, kwd.length);
      flags |= 2;
    }
    // __annotations__: (name, value) pairs in CPython's order, the return annotation last
    const anns: [string, Expr][] = [];
    for (const a of params.args) if (a.ann) anns.push([a.name, a.ann]);
    if (params.varargAnn) anns.push([params.vararg!, params.varargAnn]);
    for (const a of params.kwonly) if (a.ann) anns.push([a.name, a.ann]);
    if (params.kwargAnn) anns.push([params.kwarg!, params.kwargAnn]);
    if (returns) anns.push(["return", returns]);
    if (anns.length) {
      for (const [n, a] of anns) {
        this.loadConst(mangle(this.scope.private, n));
        this.annotation(a);
      }
      this.emit(Op.BUILD_TUPLE, anns.length * 2);
      flags |= 4;
    }
    const scope = this.map.get(node)!;
    const qual = this.scope.kind === "module" ? name : this.scope.kind === "class" ? `${this.qualname}.${name}` : `${this.qualname}.<locals>.${name}`;
    const c = new FnCompiler(scope, this.map, this.source, this.filename, this.starts, name, qual);
    c.parentCompiler = this;
    c.setLoc(node);
    if (Array.isArray(body)) {
      c.stmts(body);
      c.loadConst(None);
      c.emit(Op.RETURN_VALUE);
    } else {
      c.expr(body);
      c.emit(Op.RETURN_VALUE);
    }
    const code = c.finish(lineOf(this.starts, node.from), params, doc);
    this.setLoc(node);
    this.pushFunction(code, flags);
  }

  // ---------- assignment ----------
  assign(t: Expr): void {
    switch (t.k) {
      case "Name":
        return this.storeName(t.id);
      case "Attribute":
        this.expr(t.value);
        this.setSpan(t);
        this.emit(Op.STORE_ATTR, this.attrIndex(t.attr));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.index);
        this.setSpan(t);
        this.emit(Op.STORE_SUBSCR);
        return;
      case "Tuple":
      case "List": {
        const star = t.elts.findIndex((e) => e.k === "Starred");
        this.setSpan(t);
        if (star >= 0) this.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        else this.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        for (const e of t.elts) this.assign(e.k === "Starred" ? e.value : e);
        return;
      }
      default:
        return this.syntaxError(t, "cannot assign to expression");
    }
  }

  del(t: Expr): void {
    switch (t.k) {
      case "Name":
        this.setSpan(t);
        return this.deleteName(t.id);
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.DELETE_ATTR, this.attrIndex(t.attr));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.index);
        this.setSpan(t);
        this.emit(Op.DELETE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.del(e);
        return;
      default:
        return this.syntaxError(t, "cannot delete expression");
    }
  }

  augAssign(t: Expr, op: string, value: Expr, s: Stmt): void {
    const opi = BINOPS.indexOf(op as (typeof BINOPS)[number]);
    switch (t.k) {
      case "Name":
        this.loadName(t.id);
        this.expr(value);
        this.setSpan(s);
        this.emit(Op.INPLACE_OP, opi);
        this.pendingIdentity = { k: "fresh" };
        this.storeName(t.id);
        return;
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.DUP_TOP);
        this.setSpan(t);
        this.emit(Op.LOAD_ATTR, this.attrIndex(t.attr));
        this.expr(value);
        this.setSpan(s);
        this.emit(Op.INPLACE_OP, opi);
        this.emit(Op.ROT_TWO);
        this.emit(Op.STORE_ATTR, this.attrIndex(t.attr));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.index);
        this.emit(Op.DUP_TOP_TWO);
        this.setSpan(t);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(value);
        this.setSpan(s);
        this.emit(Op.INPLACE_OP, opi);
        this.emit(Op.ROT_THREE);
        this.emit(Op.STORE_SUBSCR);
        return;
      default:
        return this.syntaxError(t, "illegal expression for augmented assignment");
    }
  }

  // ---------- expressions ----------
  condJump(e: Expr, jumpIf: boolean, target: Label): void {
    if (e.k === "UnaryOp" && e.op === "not") return this.condJump(e.operand, !jumpIf, target);
    if (e.k === "BoolOp") {
      const isAnd = e.op === "and";
      if (isAnd !== jumpIf) {
        // and-jump-if-false / or-jump-if-true: either side short-circuits to target
        this.condJump(e.left, jumpIf, target);
        this.condJump(e.right, jumpIf, target);
      } else {
        const skip = this.label();
        this.condJump(e.left, !jumpIf, skip);
        this.condJump(e.right, jumpIf, target);
        this.here(skip);
      }
      return;
    }
    this.expr(e);
    this.jump(jumpIf ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  expr(e: Expr): void {
    switch (e.k) {
      case "Name":
        this.setSpan(e);
        return this.loadName(e.id);
      case "Const": {
        const v = e.value;
        switch (v.t) {
          case "int":
            return this.loadConst(v.v);
          case "float":
            return void this.emit(Op.LOAD_CONST, this.constIndex(new PyFloat(v.v)));
          case "str":
            return this.loadConst(v.v);
          case "bytes":
            return void this.emit(Op.LOAD_CONST, this.constIndex(new PyBytes(v.v)));
          case "bool":
            return this.loadConst(v.v);
          case "none":
            return this.loadConst(None);
          case "ellipsis":
            return this.loadConst(Ellipsis);
          case "complex":
            return void this.emit(Op.LOAD_CONST, this.constIndex(new PyComplex(0, v.v)));
        }
        return;
      }
      case "FStr": {
        let n = 0;
        for (const p of e.parts) {
          if (typeof p === "string") {
            if (p.length) {
              this.loadConst(p);
              n++;
            }
            continue;
          }
          if (p.selfDoc !== null) {
            this.loadConst(p.selfDoc);
            n++;
          }
          this.expr(p.expr);
          let flags = p.conv === "" ? 0 : p.conv === "s" ? 1 : p.conv === "r" ? 2 : 3;
          if (p.spec) {
            this.expr(p.spec);
            flags |= 4;
          }
          this.setSpan(p.expr);
          this.emit(Op.FORMAT_VALUE, flags);
          n++;
        }
        if (n === 0) this.loadConst("");
        else if (n > 1) this.emit(Op.BUILD_STRING, n);
        else if (typeof e.parts[0] === "string") {
          /* single literal: already a str */
        }
        return;
      }
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        this.setSpan(e, e.opSpan);
        this.emit(Op.BINARY_OP, BINOPS.indexOf(e.op));
        return;
      case "UnaryOp":
        this.expr(e.operand);
        this.setSpan(e);
        this.emit(e.op === "-" ? Op.UNARY_NEG : e.op === "+" ? Op.UNARY_POS : e.op === "~" ? Op.UNARY_INVERT : Op.UNARY_NOT);
        return;
      case "BoolOp": {
        const end = this.label();
        this.expr(e.left);
        this.jump(e.op === "and" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        this.expr(e.right);
        this.here(end);
        return;
      }
      case "Compare":
        return this.compare(e);
      case "Call":
        return this.call(e);
      case "Attribute":
        this.expr(e.value);
        this.setSpan(e);
        this.emit(Op.LOAD_ATTR, this.attrIndex(e.attr));
        return;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.index);
        this.setSpan(e, { from: e.index.from - 1, to: e.to });
        this.emit(Op.BINARY_SUBSCR);
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        else this.loadConst(None);
        if (e.upper) this.expr(e.upper);
        else this.loadConst(None);
        if (e.step) {
          this.expr(e.step);
          this.emit(Op.BUILD_SLICE, 3);
        } else this.emit(Op.BUILD_SLICE, 2);
        return;
      case "Tuple":
        return this.sequence(e.elts, Op.BUILD_TUPLE, e);
      case "List":
        return this.sequence(e.elts, Op.BUILD_LIST, e);
      case "Set":
        return this.sequence(e.elts, Op.BUILD_SET, e);
      case "Dict": {
        let n = 0;
        let built = false;
        for (const it of e.items) {
          if (it.key === null) {
            if (!built) {
              this.emit(Op.BUILD_MAP, n);
              built = true;
            } else if (n) {
              this.emit(Op.BUILD_MAP, n);
              this.emit(Op.DICT_UPDATE, 1);
            }
            n = 0;
            this.expr(it.value);
            this.emit(Op.DICT_UPDATE, 1);
          } else {
            this.expr(it.key);
            this.expr(it.value);
            n++;
          }
        }
        if (!built) this.emit(Op.BUILD_MAP, n);
        else if (n) {
          this.emit(Op.BUILD_MAP, n);
          this.emit(Op.DICT_UPDATE, 1);
        }
        return;
      }
      case "Comp":
        return this.comprehension(e);
      case "Lambda":
        return this.makeFunction(e, "<lambda>", e.params, e.body, null);
      case "IfExp": {
        const orelse = this.label();
        const end = this.label();
        this.condJump(e.test, false, orelse);
        this.expr(e.body);
        this.jump(Op.JUMP, end);
        this.here(orelse);
        this.expr(e.orelse);
        this.here(end);
        return;
      }
      case "Await":
        if (!this.scope.coroutine) this.syntaxError(e, "'await' outside async function");
        this.expr(e.value);
        this.setSpan(e);
        this.awaitTop();
        return;
      case "Yield":
        if (this.scope.kind !== "function" && this.scope.kind !== "comp") this.syntaxError(e, "'yield' outside function");
        if (e.value) this.expr(e.value);
        else this.loadConst(None);
        this.setSpan(e);
        this.emit(Op.YIELD_VALUE);
        return;
      case "YieldFrom":
        if (this.scope.coroutine) this.syntaxError(e, "'yield from' inside async function");
        this.expr(e.value);
        this.setSpan(e);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        this.emit(Op.YIELD_FROM);
        return;
      case "Starred":
        return this.syntaxError(e, "can't use starred expression here");
      case "NamedExpr":
        this.expr(e.value);
        this.emit(Op.DUP_TOP);
        this.storeName(e.target);
        return;
    }
  }

  /**
   * The iterable of a for loop or comprehension. CPython's AST optimiser (fold_iter) turns a set
   * display of constants into a frozenset constant, which is iterated in that frozenset's own
   * table order; displays of numbers are folded the same way here.
   */
  iterable(e: Expr): void {
    const folded = e.k === "Set" ? constFrozenset(e.elts, this.map) : null;
    if (folded === null) this.expr(e);
    else this.emit(Op.LOAD_CONST, this.constIndex(folded));
  }

  sequence(elts: Expr[], op: Op, span: Span): void {
    // CPython (starunpack_helper) compiles a display of more than two constants to
    // BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1, so the set is merged from the frozenset's
    // table (pre-sized, possibly slot for slot) rather than built up element by element. `|=` on
    // the new set does the same merge (set_update_internal) in as many instructions.
    const folded = op === Op.BUILD_SET && elts.length > 2 ? constFrozenset(elts, this.map) : null;
    if (folded !== null) {
      this.emit(Op.BUILD_SET, 0);
      this.emit(Op.LOAD_CONST, this.constIndex(folded));
      this.setSpan(span);
      this.emit(Op.INPLACE_OP, BINOPS.indexOf("|"));
      return;
    }
    // a list display of three or more constants extends an empty list by one tuple constant, as
    // CPython's compiler emits it (the list then has the allocation list_extend gives it)
    const constants = op === Op.BUILD_LIST && elts.length > 2 ? elts.map(foldConst) : null;
    if (constants !== null && constants.every((v) => v !== null)) {
      this.emit(Op.BUILD_LIST, 0);
      this.emit(Op.LOAD_CONST, this.constIndex(new PyTuple(constants as PyValue[])));
      this.setSpan(span);
      this.emit(Op.LIST_EXTEND, 1);
      return;
    }
    const hasStar = elts.some((x) => x.k === "Starred");
    if (!hasStar) {
      for (const x of elts) this.expr(x);
      this.setSpan(span);
      this.emit(op, elts.length);
      return;
    }
    this.emit(op === Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST, 0);
    for (const x of elts) {
      if (x.k === "Starred") {
        this.expr(x.value);
        this.emit(op === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        this.emit(op === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (op === Op.BUILD_TUPLE) this.emit(Op.LIST_TO_TUPLE);
  }

  compare(e: Extract<Expr, { k: "Compare" }>): void {
    const operands = [e.left, ...e.rights];
    let at = 0;
    const emitOp = (op: string) => {
      this.setSpan(e);
      const left = operands[at]!;
      const right = operands[at + 1]!;
      at++;
      if (op === "is" || op === "is not") {
        this.literalIsWarning(op, left, right, e);
        const specs: [IdentitySpec, IdentitySpec] = [this.identityOf(left), this.identityOf(right)];
        if ((specs[0].k === "unknown" && specs[1].k === "unknown") || isSingletonConst(left) || isSingletonConst(right)) this.emit(Op.IS_OP, op === "is" ? 0 : 1);
        else {
          this.identity.set(this.code.length, specs);
          this.emit(Op.IS_OP_ID, op === "is" ? 0 : 1);
        }
      } else if (op === "in" || op === "not in") this.emit(Op.CONTAINS_OP, op === "in" ? 0 : 1);
      else this.emit(Op.COMPARE_OP, CMPOPS.indexOf(op as (typeof CMPOPS)[number]));
    };
    this.expr(e.left);
    if (e.ops.length === 1) {
      this.expr(e.rights[0]!);
      emitOp(e.ops[0]!);
      return;
    }
    const cleanup = this.label();
    const end = this.label();
    for (let i = 0; i < e.ops.length; i++) {
      this.expr(e.rights[i]!);
      if (i < e.ops.length - 1) {
        this.emit(Op.DUP_TOP);
        this.emit(Op.ROT_THREE);
        emitOp(e.ops[i]!);
        this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else emitOp(e.ops[i]!);
    }
    this.jump(Op.JUMP, end);
    this.here(cleanup);
    this.emit(Op.ROT_TWO);
    this.emit(Op.POP_TOP);
    this.here(end);
  }

  call(e: Extract<Expr, { k: "Call" }>): void {
    const simple = e.args.every((a) => a.kind === "pos");
    if (ATTR_METHOD_OK && simple && e.func.k === "Attribute") {
      this.expr(e.func.value);
      // like 3.11, a method call whose name sits on a later line than its object is located
      // from the name on (update_start_location_to_match_attr)
      const name = e.func.to - e.func.attr.length;
      const from = lineOf(this.starts, name) === lineOf(this.starts, e.from) ? e.from : name;
      this.setSpan({ from, to: e.func.to });
      this.emit(Op.LOAD_METHOD, this.attrIndex(e.func.attr));
      for (const a of e.args) this.expr(a.value);
      this.setSpan({ from, to: e.to });
      this.emit(Op.CALL_METHOD, e.args.length);
      return;
    }
    this.expr(e.func);
    this.callArgs(e.args, 0, e);
  }

  /** Emit a call whose callable (plus `extra` already-pushed positional args) is on the stack. */
  callArgs(args: Arg[], extra: number, span: Span): void {
    const hasStar = args.some((a) => a.kind === "star" || a.kind === "dstar");
    if (!hasStar) {
      const pos = args.filter((a) => a.kind === "pos");
      const kws = args.filter((a) => a.kind === "kw") as Extract<Arg, { kind: "kw" }>[];
      for (const a of pos) this.expr(a.value);
      for (const a of kws) this.expr(a.value);
      this.setSpan(span);
      if (kws.length) {
        const names = new Set<string>();
        for (const k of kws) {
          if (names.has(k.name)) this.syntaxError(span, `keyword argument repeated: ${k.name}`);
          names.add(k.name);
        }
        this.emit(Op.LOAD_CONST, this.constIndex(kwNamesConst(kws.map((k) => k.name))));
        this.emit(Op.CALL_KW, extra + pos.length + kws.length);
      } else this.emit(Op.CALL, extra + pos.length);
      return;
    }
    // general form: build a list of positionals and a dict of keywords
    this.emit(Op.BUILD_LIST, extra);
    let hasKw = false;
    for (const a of args) {
      if (a.kind === "pos") {
        this.expr(a.value);
        this.emit(Op.LIST_APPEND, 1);
      } else if (a.kind === "star") {
        this.expr(a.value);
        this.emit(Op.LIST_EXTEND, 1);
      }
    }
    this.emit(Op.LIST_TO_TUPLE);
    for (const a of args) {
      if (a.kind === "kw") {
        if (!hasKw) this.emit(Op.BUILD_MAP, 0);
        hasKw = true;
        this.loadConst(a.name);
        this.expr(a.value);
        this.emit(Op.MAP_ADD, 1);
      } else if (a.kind === "dstar") {
        if (!hasKw) this.emit(Op.BUILD_MAP, 0);
        hasKw = true;
        this.expr(a.value);
        this.emit(Op.DICT_MERGE, 1);
      }
    }
    this.setSpan(span);
    this.emit(Op.CALL_EX, hasKw ? 1 : 0);
  }

  comprehension(e: Extract<Expr, { k: "Comp" }>): void {
    const scope = this.map.get(e)!;
    const name = scope.name;
    const qual = this.scope.kind === "module" ? name : `${this.qualname}.<locals>.${name}`;
    const c = new FnCompiler(scope, this.map, this.source, this.filename, this.starts, name, qual);
    c.parentCompiler = this;
    c.setLoc(e);
    if (e.kind === "list") {
      c.emit(Op.BUILD_LIST, 0);
      if (moduleIsNames.get(this.map)?.comps.has(e)) {
        c.identity.set(c.code.length, { k: "display", elts: [] });
        c.emit(Op.ID_LIST);
      }
    } else if (e.kind === "set") c.emit(Op.BUILD_SET, 0);
    else if (e.kind === "dict") c.emit(Op.BUILD_MAP, 0);
    c.compGen(e, 0);
    if (e.kind === "gen") c.loadConst(None);
    c.emit(Op.RETURN_VALUE);
    const code = c.finish(lineOf(this.starts, e.from), { posonly: 0, args: [{ name: ".0", dflt: null }], vararg: null, kwonly: [], kwarg: null }, null);
    // an async list/set/dict comprehension is a coroutine the enclosing async function awaits
    // (an async generator expression is just an async generator)
    const awaited = scope.coroutine && e.kind !== "gen";
    if (awaited && !this.inAsyncFunction()) this.syntaxError(e, "asynchronous comprehension outside of an asynchronous function");
    this.pushFunction(code, 0);
    this.iterable(e.gens[0]!.iter);
    this.emit(e.gens[0]!.isAsync ? Op.GET_AITER : Op.GET_ITER);
    this.setSpan(e);
    this.emit(Op.CALL, 1);
    if (awaited) this.awaitTop();
  }

  /** Whether the nearest enclosing non-comprehension scope is an `async def`. */
  inAsyncFunction(): boolean {
    let s: Scope | null = this.scope;
    while (s !== null && s.kind === "comp") s = s.parent;
    return s !== null && s.coroutine;
  }

  compGen(e: Extract<Expr, { k: "Comp" }>, i: number): void {
    const g = e.gens[i]!;
    const top = this.label();
    const end = this.label();
    if (i === 0) this.emit(Op.LOAD_FAST, this.varIndex(".0"));
    else {
      this.iterable(g.iter);
      this.emit(g.isAsync ? Op.GET_AITER : Op.GET_ITER);
    }
    this.here(top);
    if (g.isAsync) {
      // the `async for` protocol: await __anext__() until StopAsyncIteration
      this.jump(Op.SETUP_FINALLY, end);
      this.emit(Op.GET_ANEXT);
      this.awaitTop();
      this.emit(Op.POP_BLOCK);
    } else {
      this.jump(Op.FOR_ITER, end);
      if (g.target.k === "Name") this.pendingIdentity = { k: "iter" };
    }
    this.assign(g.target);
    for (const f of g.ifs) this.condJump(f, false, top);
    if (i + 1 < e.gens.length) this.compGen(e, i + 1);
    else {
      const depth = e.gens.length + 1;
      switch (e.kind) {
        case "list":
          this.expr(e.elt);
          if (moduleIsNames.get(this.map)?.comps.has(e)) {
            this.identity.set(this.code.length, { k: "append", elt: this.identityOf(e.elt), of: null });
            this.emit(Op.ID_LIST_APPEND, depth);
          } else this.emit(Op.LIST_APPEND, depth);
          break;
        case "set":
          this.expr(e.elt);
          this.emit(Op.SET_ADD, depth);
          break;
        case "dict":
          this.expr(e.elt);
          this.expr(e.val!);
          this.emit(Op.MAP_ADD, depth);
          break;
        case "gen":
          this.expr(e.elt);
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    this.jump(Op.JUMP_BACKWARD, top);
    this.here(end);
    if (g.isAsync) this.emit(Op.END_ASYNC_FOR);
  }

  // ---------- match ----------
  tmp(): string {
    const n = `$t${this.tmpCounter++}`;
    if (this.scope.kind === "function" || this.scope.kind === "comp") this.varIndex(n);
    return n;
  }
  storeTmp(n: string): void {
    if (this.scope.kind === "function" || this.scope.kind === "comp") this.emit(Op.STORE_FAST, this.varIndex(n));
    else this.emit(Op.STORE_NAME, this.nameIndex(n));
  }
  loadTmp(n: string): void {
    if (this.scope.kind === "function" || this.scope.kind === "comp") this.emit(Op.LOAD_FAST, this.varIndex(n));
    else this.emit(Op.LOAD_NAME, this.nameIndex(n));
  }

  matchStmt(s: Extract<Stmt, { k: "Match" }>): void {
    const subj = this.tmp();
    this.expr(s.subject);
    this.storeTmp(subj);
    const end = this.label();
    s.cases.forEach((c, i) => {
      // CPython's checks: an irrefutable case must be guarded or last, and so on (checkPattern)
      checkPattern(c.pattern, c.guard !== null || i === s.cases.length - 1, new Set(), (msg) => this.syntaxError(c.pattern as Span, msg));
      const next = this.label();
      // captured values wait in temporaries and are bound only once the whole pattern matched
      const saved = this.captures;
      this.captures = new Map();
      this.pattern(c.pattern, subj, next);
      for (const [name, t] of this.captures) {
        this.loadTmp(t);
        this.storeName(name);
      }
      this.captures = saved;
      if (c.guard) this.condJump(c.guard, false, next);
      this.stmts(c.body);
      this.jump(Op.JUMP, end);
      this.here(next);
    });
    this.here(end);
  }

  /** the names a case's pattern binds, each with the temporary holding its value until the match succeeds */
  captures: Map<string, string> = new Map();

  /** store the value on top of the stack as the capture `name` (bound when the pattern has matched) */
  capture(name: string): void {
    let t = this.captures.get(name);
    if (t === undefined) this.captures.set(name, (t = this.tmp()));
    this.storeTmp(t);
  }

  /** Match the value in temp `v` against `p`; jump to `fail` (with a clean stack) on mismatch. */
  pattern(p: Pattern, v: string, fail: Label): void {
    switch (p.p) {
      case "capture":
        if (p.name) {
          this.loadTmp(v);
          this.capture(p.name);
        }
        return;
      case "star":
        return;
      case "value":
        this.loadTmp(v);
        this.expr(p.value);
        if (p.value.k === "Const" && (p.value.value.t === "none" || p.value.value.t === "bool")) this.emit(Op.IS_OP, 0);
        else this.emit(Op.COMPARE_OP, CMPOPS.indexOf("=="));
        this.jump(Op.POP_JUMP_IF_FALSE, fail);
        return;
      case "as":
        this.pattern(p.pattern, v, fail);
        this.loadTmp(v);
        this.capture(p.name);
        return;
      case "or": {
        const ok = this.label();
        for (let i = 0; i < p.alts.length; i++) {
          const nextAlt = i === p.alts.length - 1 ? fail : this.label();
          this.pattern(p.alts[i]!, v, nextAlt);
          this.jump(Op.JUMP, ok);
          if (nextAlt !== fail) this.here(nextAlt);
        }
        this.here(ok);
        return;
      }
      case "seq": {
        const star = p.items.findIndex((x) => x.p === "star");
        const n = p.items.length;
        this.loadTmp(v);
        // MATCH_SEQUENCE arg: min length | (hasStar << 16); pushes a list copy or None
        this.emit(Op.MATCH_SEQUENCE, (star >= 0 ? n - 1 : n) | (star >= 0 ? 1 << 16 : 0));
        const items = this.tmp();
        this.emit(Op.DUP_TOP);
        this.storeTmp(items);
        this.loadConst(None);
        this.emit(Op.IS_OP, 0);
        this.jump(Op.POP_JUMP_IF_TRUE, fail);
        p.items.forEach((sub, i) => {
          const t = this.tmp();
          this.loadTmp(items);
          if (star >= 0 && i === star) {
            this.loadConst(i);
            this.loadConst(i - n + 1 === 0 ? None : i - n + 1);
            this.emit(Op.BUILD_SLICE, 2);
            this.emit(Op.BINARY_SUBSCR);
            this.storeTmp(t);
            if (sub.p === "star" && sub.name) {
              this.loadTmp(t);
              this.capture(sub.name);
            }
            return;
          }
          this.loadConst(star >= 0 && i > star ? i - n : i);
          this.emit(Op.BINARY_SUBSCR);
          this.storeTmp(t);
          this.pattern(sub, t, fail);
        });
        return;
      }
      case "map": {
        this.loadTmp(v);
        this.emit(Op.MATCH_MAPPING);
        this.jump(Op.POP_JUMP_IF_FALSE, fail);
        p.keys.forEach((k, i) => {
          this.expr(k);
          this.loadTmp(v);
          this.emit(Op.CONTAINS_OP, 0);
          this.jump(Op.POP_JUMP_IF_FALSE, fail);
          const t = this.tmp();
          this.loadTmp(v);
          this.expr(k);
          this.emit(Op.BINARY_SUBSCR);
          this.storeTmp(t);
          this.pattern(p.values[i]!, t, fail);
        });
        if (p.rest) {
          this.loadTmp(v);
          for (const k of p.keys) this.expr(k);
          this.emit(Op.BUILD_TUPLE, p.keys.length);
          this.emit(Op.MATCH_MAPPING, 1); // arg 1: build rest dict without the keys
          this.capture(p.rest);
        }
        return;
      }
      case "class": {
        this.loadTmp(v);
        this.expr(p.cls);
        this.loadConst(kwNamesConst(p.kwNames));
        this.emit(Op.MATCH_CLASS, p.args.length);
        const attrs = this.tmp();
        this.emit(Op.DUP_TOP);
        this.storeTmp(attrs);
        this.loadConst(None);
        this.emit(Op.IS_OP, 0);
        this.jump(Op.POP_JUMP_IF_TRUE, fail);
        const subs = [...p.args, ...p.kwPats];
        subs.forEach((sub, i) => {
          const t = this.tmp();
          this.loadTmp(attrs);
          this.loadConst(i);
          this.emit(Op.BINARY_SUBSCR);
          this.storeTmp(t);
          this.pattern(sub, t, fail);
        });
        return;
      }
    }
  }
}

import { hashKey, objId } from "../runtime/hash";
import { foldConst } from "./fold";
import { mangle } from "./mangle";
import { internRebuilds, isStartupInterned, programIdentifiers } from "./interned";
import { PySet, PyTuple, T } from "../runtime/value";

/** the names a pattern binds */
function boundNames(p: Pattern, out: string[] = []): string[] {
  switch (p.p) {
    case "capture":
    case "star":
      if (p.name) out.push(p.name);
      break;
    case "as":
      boundNames(p.pattern, out);
      out.push(p.name);
      break;
    case "or":
      boundNames(p.alts[0]!, out);
      break;
    case "seq":
      p.items.forEach((x) => boundNames(x, out));
      break;
    case "map":
      p.values.forEach((x) => boundNames(x, out));
      if (p.rest) out.push(p.rest);
      break;
    case "class":
      [...p.args, ...p.kwPats].forEach((x) => boundNames(x, out));
      break;
  }
  return out;
}

/**
 * The SyntaxErrors CPython's compiler raises for a case pattern: an irrefutable pattern where more
 * patterns follow (`allowIrrefutable` is false for an unguarded case that is not last, and for an
 * or-pattern's alternatives but the last), alternatives binding different names, a name bound
 * twice, two starred names, a repeated mapping key or class-pattern keyword.
 */
function checkPattern(p: Pattern, allowIrrefutable: boolean, bound: Set<string>, fail: (msg: string) => never): void {
  const bind = (name: string): void => {
    if (bound.has(name)) fail(`multiple assignments to name '${name}' in pattern`);
    bound.add(name);
  };
  switch (p.p) {
    case "capture":
      if (!allowIrrefutable) fail(p.name === null ? "wildcard makes remaining patterns unreachable" : `name capture '${p.name}' makes remaining patterns unreachable`);
      if (p.name) bind(p.name);
      return;
    case "star":
      if (p.name) bind(p.name);
      return;
    case "value":
      return;
    case "as":
      checkPattern(p.pattern, allowIrrefutable, bound, fail);
      bind(p.name);
      return;
    case "or": {
      let names: string[] | null = null;
      const before = new Set(bound);
      p.alts.forEach((alt, i) => {
        const own = new Set(before);
        checkPattern(alt, allowIrrefutable && i === p.alts.length - 1, own, fail);
        const these = boundNames(alt).sort();
        if (names !== null && names.join(",") !== these.join(",")) fail("alternative patterns bind different names");
        names = these;
      });
      for (const n of names ?? []) bound.add(n);
      return;
    }
    case "seq":
      if (p.items.filter((x) => x.p === "star").length > 1) fail("multiple starred names in sequence pattern");
      for (const x of p.items) checkPattern(x, true, bound, fail);
      return;
    case "map": {
      const seen = new Set<string>();
      for (const k of p.keys) {
        if (k.k !== "Const") continue;
        const v = foldConst(k);
        const key = v === null ? null : constKey(v);
        if (key !== null && seen.has(key)) fail(`mapping pattern checks duplicate key (${reprConst(v!)})`);
        if (key !== null) seen.add(key);
      }
      for (const x of p.values) checkPattern(x, true, bound, fail);
      if (p.rest) bind(p.rest);
      return;
    }
    case "class": {
      const seen = new Set<string>();
      for (const n of p.kwNames) {
        if (seen.has(n)) fail(`attribute name repeated in class pattern: ${n}`);
        seen.add(n);
      }
      for (const x of [...p.args, ...p.kwPats]) checkPattern(x, true, bound, fail);
      return;
    }
  }
}

function reprConst(v: PyValue): string {
  if (typeof v === "string") return `'${v}'`;
  if (v instanceof PyBytes) return `b'${v.v}'`;
  if (v instanceof PyFloat) return String(v.v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === None) return "None";
  return String(v);
}

/** CPython's constant-cache key, which tells True from 1, 1.0 from 1 and b"a" from "a" */
function constKey(v: PyValue): string {
  if (typeof v === "boolean") return `b${v}`;
  if (typeof v === "string") return `s${v.length}:${v}`;
  if (v instanceof PyFloat) return Object.is(v.v, -0) ? "f-0" : `f${v.v}`;
  if (v instanceof PyBytes) return `y${v.v.length}:${v.v}`;
  if (v instanceof PyTuple) return `t(${v.items.map(constKey).join(",")})`;
  if (v === None) return "N";
  if (v === Ellipsis) return "E";
  if (v instanceof PyComplex) return `c${Object.is(v.re, -0) ? "-0" : v.re},${Object.is(v.im, -0) ? "-0" : v.im}`;
  // any other object is only equal to itself
  if (typeof v === "object") return `o${objId(v)}`;
  return `i${v}`;
}

/**
 * Per-module cache of folded frozensets (CPython's c_const_cache): an equal display later in the
 * same module reuses the first one's frozenset, table layout included.
 */
const frozensetConsts = new WeakMap<ScopeMap, Map<string, PySet>>();

/**
 * The frozenset constant CPython's compiler makes of a display whose elements are all constants:
 * built from the elements in order, then rebuilt once from its own iteration order
 * (merge_consts_recursive re-creates every frozenset constant), which can change the layout.
 */
function constFrozenset(elts: Expr[], module: ScopeMap): PySet | null {
  const values: PyValue[] = [];
  for (const x of elts) {
    const v = foldConst(x);
    if (v === null) return null;
    values.push(v);
  }
  let cache = frozensetConsts.get(module);
  if (cache === undefined) frozensetConsts.set(module, (cache = new Map()));
  const key = [...new Set(values.map(constKey))].sort().join(",");
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const first = new PySet(T.frozenset);
  for (const v of values) first.map.set(hashKey(v), v);
  let rebuilt = new PySet(T.frozenset);
  for (const [k, v] of first.map) rebuilt.map.set(k, v);
  // interning the code object's constants can rebuild it once more (compile/interned.ts)
  if (internRebuilds(values, moduleIdentifiers.get(module) ?? new Set())) {
    const again = new PySet(T.frozenset);
    for (const [k, v] of rebuilt.map) again.map.set(k, v);
    rebuilt = again;
  }
  cache.set(key, rebuilt);
  return rebuilt;
}

/** each module's merged constants by constKey (FnCompiler.constIndex) */
const moduleConsts = new WeakMap<ScopeMap, Map<string, PyValue>>();

/** whether a class body has an annotated assignment of its own (in nested blocks too, not in
 * nested functions or classes): CPython then sets up its __annotations__ */
function annotatesNames(body: Stmt[]): boolean {
  return body.some((st) => {
    switch (st.k) {
      case "AnnAssign":
        return true;
      case "If":
      case "While":
      case "For":
        return annotatesNames(st.body) || annotatesNames(st.orelse);
      case "With":
        return annotatesNames(st.body);
      case "Try":
        return annotatesNames(st.body) || st.handlers.some((h) => annotatesNames(h.body)) || annotatesNames(st.orelse) || annotatesNames(st.finalbody);
      case "Match":
        return st.cases.some((m) => annotatesNames(m.body));
      default:
        return false;
    }
  });
}

/** each module's str constants, also those inside tuple constants (CPython interns
 * the identifier-like ones when it makes the code object) */
const moduleStrConsts = new WeakMap<ScopeMap, Set<string>>();

function noteStrConsts(map: ScopeMap, v: PyValue): void {
  if (typeof v === "string") {
    let set = moduleStrConsts.get(map);
    if (set === undefined) moduleStrConsts.set(map, (set = new Set()));
    set.add(v);
  } else if (v instanceof PyTuple) for (const x of v.items) noteStrConsts(map, x);
}

/** names (and lists) whose values' identities `is` comparisons of each module need */
const moduleIsNames = new WeakMap<ScopeMap, IdentityNames>();

const FRESH_STR_METHODS = new Set(["join", "upper", "lower", "title", "capitalize", "swapcase", "casefold", "format"]);

function isSingletonConst(e: Expr): boolean {
  return e.k === "Const" && (e.value.t === "none" || e.value.t === "bool" || e.value.t === "ellipsis");
}

/** the identifiers of each module being compiled (what CPython's parser interned) */
const moduleIdentifiers = new WeakMap<ScopeMap, Set<string>>();

function kwNamesConst(names: string[]): PyValue {
  return new PyTuple(names);
}
