// The sandbox's instruction set. Instructions are (op, arg) pairs in an Int32Array; `arg` is 0
// when unused, and jump arguments are absolute offsets into that array. The names follow
// CPython 3.10/3.11 where the meaning matches, but the numbers and several encodings are the
// sandbox's own: this is not CPython bytecode.
//
// Every value is explicit because the interpreter's switches (vm/run.ts, vm/cold-ops.ts) spell
// them as literals, `case 8 /* LOAD_FAST */:` — an enum member read from another module is a
// property load under tsx, Vitest and Next's SWC (only an esbuild bundle inlines it), and a
// switch over property loads loses V8's jump table. tests/opcodes.test.ts checks every such
// literal against this table, so renumbering here without updating them fails the suite.
//
// Stack effects are written [before] → [after], top of stack last.
export enum Op {
  /** [a] → [] */
  POP_TOP = 1,
  /** [a] → [a, a] */
  DUP_TOP = 2,
  /** [a, b] → [a, b, a, b] */
  DUP_TOP_TWO = 3,
  /** [a, b] → [b, a] */
  ROT_TWO = 4,
  /** [a, b, c] → [c, a, b] */
  ROT_THREE = 5,
  /** push consts[arg] */
  LOAD_CONST = 7,
  /** push fast local varnames[arg] (UnboundLocalError if unset) */
  LOAD_FAST = 8,
  STORE_FAST = 9,
  DELETE_FAST = 10,
  /** push the value of cell arg (cellvars, then freevars) */
  LOAD_DEREF = 11,
  STORE_DEREF = 12,
  DELETE_DEREF = 13,
  /** push cell arg itself (for a closure tuple) */
  LOAD_CLOSURE = 14,
  /** class body reading a free variable: the class namespace first, then the cell */
  LOAD_CLASSDEREF = 15,
  /** globals then builtins, names[arg]; cached per instruction (Code.globalCache) */
  LOAD_GLOBAL = 16,
  STORE_GLOBAL = 17,
  DELETE_GLOBAL = 18,
  /** module and class bodies: locals, globals, builtins */
  LOAD_NAME = 19,
  STORE_NAME = 20,
  DELETE_NAME = 21,
  /** [obj] → [obj.names[arg]] */
  LOAD_ATTR = 22,
  /** [value, obj] → [] */
  STORE_ATTR = 23,
  DELETE_ATTR = 24,
  /** [obj] → [function, obj] for a method found on the type, else [bound attribute, NULL] */
  LOAD_METHOD = 25,
  /** [function, self|NULL, arg1 … argN] → [result]; arg = N */
  CALL_METHOD = 26,
  /** [obj, key] → [obj[key]] */
  BINARY_SUBSCR = 27,
  /** [value, obj, key] → [] */
  STORE_SUBSCR = 28,
  DELETE_SUBSCR = 29,
  /** [start, stop(, step)] → [slice]; arg = 2 or 3 */
  BUILD_SLICE = 30,
  /** [a, b] → [a op b]; arg indexes BINOPS */
  BINARY_OP = 31,
  /** [a, b] → [a op= b]; arg indexes BINOPS */
  INPLACE_OP = 32,
  UNARY_NEG = 33,
  UNARY_POS = 34,
  UNARY_INVERT = 35,
  UNARY_NOT = 36,
  /** [a, b] → [a cmp b]; arg indexes CMPOPS */
  COMPARE_OP = 37,
  /** [a, b] → [a is b]; arg 1 = `is not` */
  IS_OP = 38,
  /** [a, b] → [a in b]; arg 1 = `not in` */
  CONTAINS_OP = 39,
  /** jump forward to arg */
  JUMP = 40,
  /** jump back to arg: a loop's back edge, where the thread may be preempted */
  JUMP_BACKWARD = 41,
  POP_JUMP_IF_FALSE = 42,
  POP_JUMP_IF_TRUE = 43,
  /** `and`: jump keeping the value if falsy, else pop it */
  JUMP_IF_FALSE_OR_POP = 44,
  /** `or`: jump keeping the value if truthy, else pop it */
  JUMP_IF_TRUE_OR_POP = 45,
  /** [iterable] → [iterator] */
  GET_ITER = 46,
  /** [iterator] → [iterator, next] or, exhausted, [] and jump to arg */
  FOR_ITER = 47,
  /** pop arg items into a tuple */
  BUILD_TUPLE = 48,
  BUILD_LIST = 49,
  BUILD_SET = 50,
  /** pop arg key/value pairs into a dict */
  BUILD_MAP = 51,
  /** comprehension append: [list, …(arg-1 items)…, v] → [list, …] */
  LIST_APPEND = 52,
  SET_ADD = 53,
  MAP_ADD = 54,
  /** [list, …, iterable] → [list, …] extended; arg = depth of the list */
  LIST_EXTEND = 55,
  SET_UPDATE = 56,
  DICT_UPDATE = 57,
  /** like DICT_UPDATE, but a repeated key is a "multiple values for keyword argument" error */
  DICT_MERGE = 58,
  LIST_TO_TUPLE = 59,
  /** [sequence] → [item arg-1 … item 0] (first item on top) */
  UNPACK_SEQUENCE = 60,
  /** starred unpacking: arg = before | (after << 8) */
  UNPACK_EX = 61,
  /** [callable, arg1 … argN] → [result]; arg = N */
  CALL = 62,
  /** [callable, positional…, keyword values…, names tuple] → [result]; arg = all arguments */
  CALL_KW = 63,
  /** [callable, args tuple(, kwargs dict)] → [result]; arg 1 = has kwargs */
  CALL_EX = 64,
  /** arg = (child code index << 4) | flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure */
  MAKE_FUNCTION = 65,
  RETURN_VALUE = 66,
  YIELD_VALUE = 67,
  /** `yield from`/`await`: [iterable] → [iterator] (generators and coroutines pass through) */
  GET_YIELD_FROM_ITER = 68,
  /** [sub-iterator, sent] → re-executed on every resume until the sub-iterator returns */
  YIELD_FROM = 69,
  GET_AWAITABLE = 70,
  GET_AITER = 71,
  GET_ANEXT = 72,
  /** ends an `async for` when the pending exception is StopAsyncIteration, else re-raises */
  END_ASYNC_FOR = 73,
  /** push a handler block: on an exception, unwind the stack to this depth and jump to arg */
  SETUP_FINALLY = 74,
  POP_BLOCK = 75,
  /** arg 0 = bare `raise`, 1 = `raise exc`, 2 = `raise exc from cause` */
  RAISE = 76,
  /** [exc] → re-raise it without adding a traceback entry */
  RERAISE = 77,
  /** [exc] → [previous handled exception, exc]; exc becomes the handled one */
  PUSH_EXC_INFO = 78,
  /** [previous] → []; restores the handled exception */
  POP_EXCEPT = 79,
  /** [previous, …arg values…, exc] → re-raise exc after restoring previous */
  POP_EXCEPT_AND_RERAISE = 80,
  /** [exc, type] → [] and jump to arg unless exc matches type */
  JUMP_IF_NOT_EXC_MATCH = 81,
  /** except*: [eg, type] → [rest, match], or [eg] and jump to arg */
  JUMP_IF_NOT_EG_MATCH = 82,
  /** [manager] → [__exit__, __enter__()] */
  BEFORE_WITH = 83,
  BEFORE_ASYNC_WITH = 84,
  /** [__exit__] → [__exit__(None, None, None)] */
  WITH_EXIT = 85,
  /** [__exit__, …, exc] → [__exit__, …, exc, __exit__(type, exc, tb)] */
  WITH_EXCEPT_START = 86,
  /** f-string field: arg = conversion (1 str, 2 repr, 3 ascii) | 4 if a format spec is on top */
  FORMAT_VALUE = 87,
  /** join arg strings */
  BUILD_STRING = 88,
  LOAD_BUILD_CLASS = 89,
  /** [fromlist flag] → [module]; names[arg]; flag 1 = the submodule itself, 0 = the top package */
  IMPORT_NAME = 90,
  /** [module] → [module, module.names[arg]] */
  IMPORT_FROM = 91,
  IMPORT_STAR = 92,
  LOAD_ASSERTION_ERROR = 93,
  /** [subject, class, names tuple] → [attributes tuple or None]; arg = positional sub-patterns */
  MATCH_CLASS = 95,
  /** [subject] → [list copy or None]; arg = minimum length | (has star << 16) */
  MATCH_SEQUENCE = 96,
  /** arg 0: [subject] → [is a mapping]; arg 1: [dict, keys tuple] → [dict without the keys] */
  MATCH_MAPPING = 97,
  /** STORE_FAST / STORE_NAME / STORE_GLOBAL / STORE_DEREF of a name some `is` compares: the store
   * also records the value's identity (Code.identity[pc], vm/identity.ts) */
  STORE_FAST_ID = 98,
  STORE_NAME_ID = 99,
  STORE_GLOBAL_ID = 100,
  STORE_DEREF_ID = 101,
  /** IS_OP whose operands' identities are tracked (Code.identity[pc] describes both) */
  IS_OP_ID = 102,
  /** [list] → [list]: record its items' identities (Code.identity[pc], a ListIdentity) */
  ID_LIST = 103,
  /** LIST_APPEND that also records the item's identity */
  ID_LIST_APPEND = 104,
  /** after `xs.append(x)`: record the appended item's identity */
  ID_APPENDED = 105,
}

/** BINARY_OP / INPLACE_OP argument values. */
export const BINOPS = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"] as const;
/** COMPARE_OP argument values. */
export const CMPOPS = ["<", "<=", "==", "!=", ">", ">="] as const;

/** Every opcode as [value, name], in value order. */
export const OPCODES: readonly (readonly [number, string])[] = Object.entries(Op)
  .filter((e): e is [string, number] => typeof e[1] === "number")
  .map(([name, value]) => [value, name] as const)
  .sort((a, b) => a[0] - b[0]);

/** The name of opcode `op`, e.g. opName(8) === "LOAD_FAST". */
export function opName(op: number): string {
  const name: unknown = Op[op];
  return typeof name === "string" ? name : `<unknown opcode ${op}>`;
}
