// Code objects: bytecode plus the tables the VM and the traceback printer need.
import type { AttrCacheEntry, GlobalCacheEntry, PyValue } from "../runtime/value";

export type CodeFlags = {
  generator: boolean;
  coroutine: boolean;
  /** class bodies and the module use a name dict instead of fast locals */
  usesNames: boolean;
  varargs: boolean;
  varkw: boolean;
};

/**
 * Where the identity of a value comes from, for ints and strs (JS numbers and strings carry none):
 * an equal constant of the same module (CPython merges them into one object), a fresh object made
 * by the expression, a variable's recorded identity, or unknown (then equal values count as one).
 */
export type IdentitySpec =
  | { k: "unknown" }
  | { k: "fresh" }
  | { k: "const"; token: string }
  | { k: "name"; kind: NameRef["kind"]; index: number; name: string }
  /** `xs[i]` of a list some `is` reads items of: the token recorded for that item (vm/identity.ts) */
  | { k: "item"; of: NameRef; index: number | NameRef }
  /** a `for` target: the item the list iterator on top of the stack has just produced */
  | { k: "iter" }
  /** an item of `s.split(...)`, or `s.strip()` (`replace`, ...): the receiver itself when its
   * value is the receiver's (nothing was split off or stripped), else a new str */
  | { k: "sameOrNew"; recv: IdentitySpec; recvVal: NameRef | string | null }
  /** `int(x)`: x itself when x is an int, else a new int (`argVal` null: x is a list item, whose
   * token holds only while the item is the result) */
  | { k: "intOf"; arg: IdentitySpec; argVal: NameRef | null }
  /** `sys.intern(x)`: the interned copy (`pre` says which strs the program's start had interned) */
  | { k: "intern"; arg: IdentitySpec; pre: (s: string) => boolean };
/** where a variable's value lives, for reading it again (`index`: the fast local or cell) */
export type NameRef = { kind: "fast" | "cell" | "free" | "global" | "name" | "classderef"; index: number; name: string };
/** a STORE_*_ID: where the stored value's identity comes from, and (fast locals) the hidden local holding it */
export type IdentityStore = { spec: IdentitySpec; shadow: number };
/** ID_LIST and friends: the item identities of a list being built or appended to */
export type ListIdentity =
  | { k: "display"; elts: IdentitySpec[] }
  | { k: "split"; recv: IdentitySpec; recvVal: NameRef | string | null; sep: boolean }
  | { k: "append"; elt: IdentitySpec; of: NameRef | null };

export type Code = {
  name: string;
  qualname: string;
  filename: string;
  code: Int32Array;
  consts: PyValue[];
  names: string[];
  /** LOAD_GLOBAL inline cache, one slot per entry of `names` */
  globalCache: GlobalCacheEntry[];
  /** LOAD_ATTR, STORE_ATTR and LOAD_METHOD inline caches: three slots per entry of `names`, at
   * 3 * index + 0, 1 and 2 respectively */
  attrCache: AttrCacheEntry[];
  /** fast-local names; parameters first */
  varnames: string[];
  /** cell variable names (locals captured by inner scopes) followed by free variable names */
  cellvars: string[];
  freevars: string[];
  /** for each cellvar that is also a parameter, the fast-local index to copy from (else -1) */
  cellFromArg: number[];
  argcount: number;
  posonlycount: number;
  kwonlycount: number;
  flags: CodeFlags;
  firstLine: number;
  /** per instruction index (pc/2): source line */
  lines: Int32Array;
  /** per instruction: [from, to, focusFrom, focusTo] source offsets for caret ranges (-1 = none) */
  spans: Int32Array;
  doc: string | null;
  /** source text, for traceback source lines */
  source: string;
  /** instruction-level trace: true for stdlib-like trampoline code whose frames are hidden */
  hidden: boolean;
  /** returns to the very instruction that called it, which runs again on the result (vm/drain.ts):
   * a traceback names that instruction in the caller, not the one before it */
  rerunsCaller?: boolean;
  /** code objects of the functions, classes and comprehensions defined here (MAKE_FUNCTION arg >> 4) */
  children: Code[];
  /** for STORE_*_ID (one spec) and IS_OP_ID (two) instructions, by instruction offset */
  identity?: Map<number, IdentityStore | [IdentitySpec, IdentitySpec] | ListIdentity>;
  /** compile-time warnings (SyntaxWarning), printed to stderr before the module runs */
  warnings?: string[];
};
