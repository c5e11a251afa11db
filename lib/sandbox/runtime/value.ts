// The object model. Small ints are JS numbers (always integral), big ints are BigInt, floats are
// boxed (PyFloat) so int/float stay distinguishable, bool is a JS boolean, str a JS string.
// Every other value is a PyObj with a `cls` pointer and optional instance attributes.
import type { Frame } from "../vm/frame";
import type { Code } from "../compile/code";
import { SetStore } from "./set-table";
import { birthWatcher } from "./births";

export type PyValue = number | bigint | boolean | string | PyObj;
export type Kw = Map<string, PyValue> | null;
export type NativeFn = (args: PyValue[], kw: Kw) => PyValue;

export { GlobalsMap, type GlobalCacheEntry, type GlobalCell } from "./globals-map";

/** One attribute cache slot (Code.attrCache): for instances of `cls`, at type epoch `epoch`, the
 * slow path found no class attribute in the way (a load or store goes straight to the instance's
 * map), or for LOAD_METHOD the plain function `value` (unless the instance shadows it). */
export type AttrCacheEntry = { cls: PyType | null; epoch: number; value: PyValue | undefined };

export class PyObj {
  // Plain assignments in the constructor, not class fields: a field is defined (not assigned) by
  // an initializer function that every subclass's constructor calls with its own object shape,
  // and at that many shapes V8 defines them the slow way: most of the cost of a new tuple or float.
  declare cls: PyType;
  declare attrs: Map<string, PyValue> | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.attrs = null;
    if (birthWatcher !== null) birthWatcher(this);
  }
}

export class PyType extends PyObj {
  mro: PyType[] = [];
  dict = new Map<string, PyValue>();
  /** Which native layout instances of this type use (inherited from the first native base). */
  layout: Layout = "object";
  cache = new Map<string, PyValue | undefined>();
  cacheEpoch = -1;
  /** exact builtin types only (their dicts are immutable): __new__ + __init__ in one native call */
  direct: NativeFn | null = null;
  /** with `direct`, where it has one: the same call with exactly one positional argument */
  directCall1: ((x: PyValue) => PyValue) | null = null;
  /** __slots__ all the way up: instances have no __dict__ (runtime/slots.ts) */
  /** a class with __del__ (its own or a base's): its instances' creation order is noted, for the
   * order CPython's collector finalizes them in (runtime/instances.ts) */
  finalizable = false;
  noDict = false;
  /** vm/attr-cache.ts plainInit(): the Python __init__ a CALL runs as a frame, valid at plainInitEpoch */
  plainInit: PyFunction | null = null;
  plainInitEpoch = -1;
  qualname: string;
  module = "builtins";
  /** the name CPython's messages give a C-implemented type ("decimal.Decimal"), when a stdlib
   * module written in Python here stands for one */
  cName: string | null = null;
  constructor(
    meta: PyType | null,
    public name: string,
    public bases: PyType[],
  ) {
    super(meta as PyType);
    this.qualname = name;
  }
}

export type Layout = "object" | "list" | "dict" | "set" | "tuple" | "exc" | "int" | "str" | "float" | "deque";

export class PyFloat extends PyObj {
  constructor(public v: number) {
    super(T.float);
  }
}
/** complex: two doubles, like CPython's Py_complex */
export class PyComplex extends PyObj {
  constructor(
    public re: number,
    public im: number,
  ) {
    super(T.complex);
  }
}
export class PyNone extends PyObj {}
export class PyList extends PyObj {
  constructor(
    public items: PyValue[],
    cls: PyType = T.list,
  ) {
    super(cls);
    // told again with its items: tracemalloc sizes a list by what it was born with
    if (birthWatcher !== null) birthWatcher(this);
  }
}
export class PyTuple extends PyObj {
  hashKey: string | null = null;
  constructor(
    public items: PyValue[],
    cls: PyType = T.tuple,
  ) {
    super(cls);
  }
}
let emptyTuple: PyTuple | null = null;
/** `()`: like CPython, every empty tuple is this one object */
export function theEmptyTuple(): PyTuple {
  return (emptyTuple ??= new PyTuple([]));
}
export type DictEntry = { k: PyValue; v: PyValue };
export class PyDict extends PyObj {
  map = new Map<unknown, DictEntry>();
  /** defaultdict's factory */
  factory: PyValue | null = null;
  constructor(cls: PyType = T.dict) {
    super(cls);
  }
}
export class PySet extends PyObj {
  map = new SetStore();
  constructor(cls: PyType = T.set) {
    super(cls);
  }
}
export class PyRange extends PyObj {
  constructor(
    public start: number,
    public stop: number,
    public step: number,
  ) {
    super(T.range);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
export class PySlice extends PyObj {
  constructor(
    public start: PyValue,
    public stop: PyValue,
    public step: PyValue,
  ) {
    super(T.slice);
  }
}
export class PyBytes extends PyObj {
  constructor(
    public v: string,
    cls: PyType = T.bytes,
  ) {
    super(cls);
  }
}
/** An instance of a Python subclass of int, float or str (`class Celsius(float)`): the value it
 * stands for is `value` (a plain int, PyFloat or str), kept out of its __dict__. */
export class PyCarrier extends PyObj {
  constructor(
    cls: PyType,
    public value: PyValue,
  ) {
    super(cls);
    this.attrs = new Map();
  }
}
/** The plain int, float or str an instance of a subclass of int, float or str stands for (its
 * carried value, or an enum member's `_value_` for IntEnum/StrEnum and int/str mixins), else
 * undefined. The one place that knows how such an instance holds its value. */
export function carriedValue(v: PyValue): PyValue | undefined {
  if (v instanceof PyCarrier) return v.value;
  if (typeof v !== "object" || v.attrs === null) return undefined;
  const layout = v.cls.layout;
  return layout === "int" || layout === "str" || layout === "float" ? v.attrs.get("_value_") : undefined;
}

/** `v` itself, or the plain value it carries (see carriedValue). */
export function plainValue(v: PyValue): PyValue {
  return typeof v === "object" ? (carriedValue(v) ?? v) : v;
}

export class PyCell {
  constructor(public v: PyValue | undefined) {}
}
export class PyFunction extends PyObj {
  /** the positional argument count of a call that needs no binding logic (no *args, **kwargs or
   * keyword-only parameters, not a generator), or -1: one compare on the interpreter's call path */
  plainArgc: number;
  hasCells: boolean;
  /** returned frames kept for reuse by the next call (saves ~4 allocations per Python call) */
  framePool: Frame[] | null = null;
  qualname: string;
  doc: PyValue;
  module = "__main__";
  /** __annotations__, made on first access when the def had none */
  annotations: PyDict | null = null;
  constructor(
    public code: Code,
    public globals: Map<string, PyValue>,
    public defaults: PyValue[],
    public kwdefaults: Map<string, PyValue> | null,
    public closure: PyCell[] | null,
    public name: string,
  ) {
    super(T.function);
    const fl = code.flags;
    this.plainArgc = !fl.varargs && !fl.varkw && !fl.generator && !fl.coroutine && code.kwonlycount === 0 ? code.argcount : -1;
    this.hasCells = code.cellvars.length > 0 || code.freevars.length > 0;
    this.qualname = code.qualname;
    this.doc = code.doc === null ? None : code.doc;
  }
}
/** A builtin method's second entry for CALL_METHOD: self and up to two positional arguments
 * (undefined where not passed), with no argument array to allocate (runtime/fast-methods.ts). */
export type FastNative = (self: PyValue, a: PyValue | undefined, b: PyValue | undefined) => PyValue;
export class PyBuiltin extends PyObj {
  /** same result as `fn` for a call with k positional arguments after self when bit k of `fastArity` is set */
  fast: FastNative | null = null;
  fastArity = 0;
  /** same result as `fn` for a call with exactly one positional argument (a builtin function's) */
  call1: ((x: PyValue) => PyValue) | null = null;
  /** a method of a builtin type binds to an instance found through its class (a method
   * descriptor); a builtin function (`len`, `math.sqrt`) stored on a class does not */
  binds = true;
  constructor(
    public name: string,
    public fn: NativeFn,
    public self: PyValue | null = null,
  ) {
    super(T.builtin);
  }
}
export class PyMethod extends PyObj {
  constructor(
    public func: PyValue,
    public self: PyValue,
  ) {
    super(T.method);
  }
}
export class PyProperty extends PyObj {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
  ) {
    super(T.property);
  }
}
export class PyStaticMethod extends PyObj {
  constructor(public func: PyValue) {
    super(T.staticmethod);
  }
}
export class PyClassMethod extends PyObj {
  constructor(public func: PyValue) {
    super(T.classmethod);
  }
}
export class PySuper extends PyObj {
  constructor(
    public thisType: PyType,
    public obj: PyValue,
    public objType: PyType,
  ) {
    super(T.super);
  }
}
export class PyModule extends PyObj {
  constructor(
    public name: string,
    public dict: Map<string, PyValue>,
  ) {
    super(T.module);
  }
}
export type TBEntry = { file: string; line: number; name: string; code: Code | null; pc: number };
export class PyExc extends PyObj {
  args: PyValue[] = [];
  tb: TBEntry[] = [];
  cause: PyValue = None;
  context: PyValue = None;
  suppress = false;
  constructor(cls: PyType) {
    super(cls);
  }
}
/** A native iterator; `next` returns undefined when exhausted. */
export class PyIter extends PyObj {
  constructor(
    public next: () => PyValue | undefined,
    cls: PyType = T.iterator,
  ) {
    super(cls);
  }
}

/** range() iterator with its state in fields, so FOR_ITER can step it inline (no closure call). */
export class PyRangeIter extends PyIter {
  constructor(
    public cur: number,
    public stop: number,
    public step: number,
    cls: PyType,
  ) {
    super(() => {
      const c = this.cur;
      if (this.step > 0 ? c >= this.stop : c <= this.stop) return undefined;
      this.cur = c + this.step;
      return c;
    }, cls);
  }
}

/** list/tuple iterator with its state in fields, so FOR_ITER can step it inline. */
export class PyListIter extends PyIter {
  i = 0;
  constructor(
    public items: PyValue[],
    cls: PyType = T.iterator,
  ) {
    super(() => (this.i < this.items.length ? this.items[this.i++] : undefined), cls);
  }
}

// Type registry; filled in by runtime/types.ts. Declared here to avoid import cycles.
export const T = {} as {
  type: PyType;
  object: PyType;
  int: PyType;
  bool: PyType;
  float: PyType;
  complex: PyType;
  str: PyType;
  bytes: PyType;
  bytearray: PyType;
  list: PyType;
  tuple: PyType;
  dict: PyType;
  set: PyType;
  frozenset: PyType;
  range: PyType;
  slice: PyType;
  NoneType: PyType;
  ellipsis: PyType;
  NotImplementedType: PyType;
  function: PyType;
  builtin: PyType;
  method: PyType;
  property: PyType;
  staticmethod: PyType;
  classmethod: PyType;
  super: PyType;
  module: PyType;
  iterator: PyType;
  range_iterator: PyType;
  generator: PyType;
  coroutine: PyType;
  async_generator: PyType;
  cell: PyType;
  code: PyType;
  member_descriptor: PyType;
  BaseException: PyType;
};

export const None = new PyNone(null as unknown as PyType);
export const Ellipsis = new PyNone(null as unknown as PyType);
export const NotImplemented = new PyNone(null as unknown as PyType);
