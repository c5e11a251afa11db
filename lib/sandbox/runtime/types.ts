// Builtin type objects and the exception hierarchy, plus C3 MRO and the type attribute cache.
import { Ellipsis, None, NotImplemented, PyType, T, type Layout, type PyValue } from "./value";

let epoch = 0;
/** Bumped whenever any class dict changes, which invalidates every per-type lookup cache. */
export function bumpTypeEpoch(): void {
  epoch++;
}
/** The current type epoch: inline caches keyed by it are valid while it stays the same. */
export function typeEpoch(): number {
  return epoch;
}

/** No C3 linearisation exists; `heads` are the classes left at the front of the lists still to
 * merge, in merge order (what CPython's message names). */
export class MroConflict extends Error {
  constructor(public heads: PyType[]) {
    super("Cannot create a consistent method resolution order (MRO)");
  }
}

export function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs = bases.map((b) => b.mro.slice()).concat([bases.slice()]);
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) throw new MroConflict([...new Set(nonEmpty.map((s) => s[0]!))]);
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export function makeType(name: string, bases: PyType[], layout?: Layout): PyType {
  const t = new PyType(T.type ?? null, name, bases);
  t.mro = c3(t, bases);
  t.layout = layout ?? bases.find((b) => b.layout !== "object")?.layout ?? "object";
  return t;
}

/** Attribute lookup along the MRO, cached per type until the next class-dict mutation. */
export function lookupType(t: PyType, name: string): PyValue | undefined {
  if (t.cacheEpoch !== epoch) {
    t.cache.clear();
    t.cacheEpoch = epoch;
  } else {
    const c = t.cache.get(name);
    if (c !== undefined || t.cache.has(name)) return c;
  }
  let found: PyValue | undefined;
  for (const m of t.mro) {
    const v = m.dict.get(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  t.cache.set(name, found);
  return found;
}

export function isSubtype(a: PyType, b: PyType): boolean {
  return a === b || a.mro.indexOf(b) >= 0;
}

function init(): void {
  const type = new PyType(null, "type", []);
  (type as { cls: PyType }).cls = type;
  T.type = type;
  const object = new PyType(type, "object", []);
  object.mro = [object];
  T.object = object;
  type.bases = [object];
  type.mro = [type, object];
  const mk = (name: string, base: PyType = object, layout?: Layout) => makeType(name, [base], layout);
  T.int = mk("int", object, "int");
  T.bool = mk("bool", T.int);
  T.float = mk("float", object, "float");
  T.complex = mk("complex");
  T.str = mk("str", object, "str");
  T.bytes = mk("bytes");
  T.bytearray = mk("bytearray");
  T.list = mk("list", object, "list");
  T.tuple = mk("tuple", object, "tuple");
  T.dict = mk("dict", object, "dict");
  T.set = mk("set", object, "set");
  T.frozenset = mk("frozenset", object, "set");
  T.range = mk("range");
  T.slice = mk("slice");
  T.NoneType = mk("NoneType");
  T.ellipsis = mk("ellipsis");
  T.NotImplementedType = mk("NotImplementedType");
  T.function = mk("function");
  T.builtin = mk("builtin_function_or_method");
  T.method = mk("method");
  T.property = mk("property");
  T.staticmethod = mk("staticmethod");
  T.classmethod = mk("classmethod");
  T.super = mk("super");
  T.module = mk("module");
  T.iterator = mk("iterator");
  T.range_iterator = mk("range_iterator");
  T.generator = mk("generator");
  T.coroutine = mk("coroutine");
  T.async_generator = mk("async_generator");
  T.cell = mk("cell");
  T.code = mk("code");
  T.member_descriptor = mk("member_descriptor");
  T.BaseException = mk("BaseException", object, "exc");
  (None as { cls: PyType }).cls = T.NoneType;
  (Ellipsis as { cls: PyType }).cls = T.ellipsis;
  (NotImplemented as { cls: PyType }).cls = T.NotImplementedType;
}
init();

/** Exception classes by name, in hierarchy order. */
export const EXC: Record<string, PyType> = { BaseException: T.BaseException };
const HIERARCHY: [string, string][] = [
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["StopIteration", "Exception"],
  ["StopAsyncIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["TimeoutError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["FileNotFoundError", "OSError"],
  ["PermissionError", "OSError"],
  ["FileExistsError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["InterruptedError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["Warning", "Exception"],
  ["UserWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["BytesWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["EncodingWarning", "Warning"],
  ["BaseExceptionGroup", "BaseException"],
  ["ExceptionGroup", "BaseExceptionGroup"],
];
for (const [name, base] of HIERARCHY) EXC[name] = makeType(name, [EXC[base]!]);
// ExceptionGroup also derives from Exception
EXC.ExceptionGroup = makeType("ExceptionGroup", [EXC.BaseExceptionGroup!, EXC.Exception!]);
EXC.EnvironmentError = EXC.OSError!;
EXC.IOError = EXC.OSError!;

export function exc(name: string): PyType {
  const t = EXC[name];
  if (!t) throw new Error(`unknown exception ${name}`);
  return t;
}
