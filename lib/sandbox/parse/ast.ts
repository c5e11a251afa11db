// Typed Python AST produced from the lezer tree. Every node carries its source span
// (`from`/`to` offsets) so the compiler can build CPython-style caret ranges.

export type Span = { from: number; to: number };

export type ConstValue =
  | { t: "int"; v: number | bigint }
  | { t: "float"; v: number }
  | { t: "complex"; v: number }
  | { t: "str"; v: string }
  | { t: "bytes"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "none" }
  | { t: "ellipsis" };

export type FPart = string | { expr: Expr; conv: "" | "r" | "s" | "a"; spec: Expr | null; selfDoc: string | null };

export type Arg = { kind: "pos"; value: Expr } | { kind: "star"; value: Expr } | { kind: "kw"; name: string; value: Expr } | { kind: "dstar"; value: Expr };

export type Param = { name: string; dflt: Expr | null; ann?: Expr | null };
export type Params = {
  posonly: number; // how many of `args` are positional-only
  args: Param[];
  vararg: string | null;
  kwonly: Param[];
  kwarg: string | null;
  /** annotations of *args and **kwargs */
  varargAnn?: Expr | null;
  kwargAnn?: Expr | null;
};

export type CompFor = { target: Expr; iter: Expr; ifs: Expr[]; isAsync: boolean };

export type BinOpName = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "@" | "<<" | ">>" | "&" | "|" | "^";
export type CmpOpName = "<" | ">" | "<=" | ">=" | "==" | "!=" | "in" | "not in" | "is" | "is not";

export type Expr = Span &
  (
    | { k: "Name"; id: string }
    | { k: "Const"; value: ConstValue }
    | { k: "FStr"; parts: FPart[] }
    | { k: "BinOp"; op: BinOpName; left: Expr; right: Expr; opSpan: Span }
    | { k: "UnaryOp"; op: "-" | "+" | "~" | "not"; operand: Expr }
    | { k: "BoolOp"; op: "and" | "or"; left: Expr; right: Expr }
    | { k: "Compare"; left: Expr; ops: CmpOpName[]; rights: Expr[] }
    | { k: "Call"; func: Expr; args: Arg[] }
    | { k: "Attribute"; value: Expr; attr: string }
    | { k: "Subscript"; value: Expr; index: Expr }
    | { k: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }
    | { k: "Tuple"; elts: Expr[] }
    | { k: "List"; elts: Expr[] }
    | { k: "Set"; elts: Expr[] }
    | { k: "Dict"; items: { key: Expr | null; value: Expr }[] }
    | { k: "Comp"; kind: "list" | "set" | "dict" | "gen"; elt: Expr; val: Expr | null; gens: CompFor[] }
    | { k: "Lambda"; params: Params; body: Expr }
    | { k: "IfExp"; test: Expr; body: Expr; orelse: Expr }
    | { k: "Await"; value: Expr }
    | { k: "Yield"; value: Expr | null }
    | { k: "YieldFrom"; value: Expr }
    | { k: "Starred"; value: Expr }
    | { k: "NamedExpr"; target: string; value: Expr }
  );

export type Handler = { type: Expr | null; name: string | null; body: Stmt[]; line: number };
export type WithItem = { ctx: Expr; target: Expr | null };
export type Alias = { name: string; asname: string | null };

export type MatchCase = { pattern: Pattern; guard: Expr | null; body: Stmt[] };
export type Pattern = PatternNode & Partial<Span>;
type PatternNode =
  | { p: "capture"; name: string | null } // null = wildcard `_`
  | { p: "value"; value: Expr }
  | { p: "or"; alts: Pattern[] }
  | { p: "as"; pattern: Pattern; name: string }
  | { p: "seq"; items: Pattern[] }
  | { p: "star"; name: string | null }
  | { p: "map"; keys: Expr[]; values: Pattern[]; rest: string | null }
  | { p: "class"; cls: Expr; args: Pattern[]; kwNames: string[]; kwPats: Pattern[] };

export type Stmt = Span & { line: number } & (
    | { k: "Expr"; value: Expr }
    | { k: "Assign"; targets: Expr[]; value: Expr }
    | { k: "AugAssign"; target: Expr; op: BinOpName; value: Expr }
    | { k: "AnnAssign"; target: Expr; value: Expr | null; annotation: Expr | null }
    | { k: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }
    | { k: "Break" }
    | { k: "Continue" }
    | { k: "Pass" }
    | { k: "Return"; value: Expr | null }
    | { k: "FunctionDef"; name: string; params: Params; body: Stmt[]; decorators: Expr[]; isAsync: boolean; doc: string | null; returns: Expr | null }
    | { k: "ClassDef"; name: string; args: Arg[]; body: Stmt[]; decorators: Expr[] }
    | { k: "Try"; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[]; star: boolean }
    | { k: "Raise"; exc: Expr | null; cause: Expr | null }
    | { k: "With"; items: WithItem[]; body: Stmt[]; isAsync: boolean }
    | { k: "Global"; names: string[] }
    | { k: "Nonlocal"; names: string[] }
    | { k: "Delete"; targets: Expr[] }
    | { k: "Import"; names: Alias[] }
    | { k: "ImportFrom"; module: string; names: Alias[] }
    | { k: "Assert"; test: Expr; msg: Expr | null }
    | { k: "Match"; subject: Expr; cases: MatchCase[] }
  );

export type Module = { body: Stmt[]; source: string };
