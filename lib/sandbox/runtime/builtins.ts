// The builtins namespace: constructors for builtin types, object/type/exception protocol
// methods, and builtin functions (print, len, range, sorted, ...).
import { charOf, strLen } from "./str-cp";
import { asciiNumber } from "./unicode-chars";
import { globalsDict } from "./live-globals";
import { absValue, binaryOp } from "./arith";
import { raise, typeError, valueError, newExc } from "./errors";
import { formatValue } from "./format";
import { builtinFn, methods } from "./native";
import { floatRepr, intPowMod, norm, roundFloat, intToFloat, type Int } from "./num";
import { attrError, getAttr, getAttrOpt, objectGetAttribute, objectSetAttr, setAttr, delAttr, objectDelAttr, typeSetAttr } from "./attrs";
import { installSlots } from "./slots";
import { installBytesMethods, newBytesValue } from "./bytes-ops";
import { newComplex } from "./complex";
import { PyUnion } from "./union-type";
import { exceptionGroupMethods, newExceptionGroup } from "./exception-group";
import { fillOSError, osErrorClass, osErrorStr } from "./os-error";
import { fillUnicodeError, unicodeErrorStr } from "./unicode-error";
import { callValue, allocInstance, callType, newCarrier } from "./call";
import { isInstance, toInt, toNum, truthy, typeName, typeOf } from "./coerce";
import { carriedValue } from "./value";
import { pyEq, pyLess } from "./compare";
import { contains, dictFromMap, pyLen } from "./containers";
import { hashKey, identityHash, pyHash, pyId } from "./hash";
import { getIter, iterNext, iterToArray, listIter } from "./iter";
import { ITER_T, makeIterType } from "./iter-types";
import { asciiOnly, excStr, excRepr, repr, str, strRepr } from "./repr";
import { chargeSequence } from "./big-work";
import { checkDecimalDigits } from "./int-str";
import { mergeSetOrDict } from "./set-ops";
import { getItem } from "./subscript";
import { sortValues, installContainerMethods } from "./methods-containers";
import { installStrMethods } from "./methods-str";
import { installFastCalls } from "./fast-methods";
import { intFromBytes, intToBytes, sliceIndicesMethod } from "./int-bytes";
import { EXC, MroConflict, bumpTypeEpoch, isSubtype, lookupType, c3 } from "./types";
import {
  Ellipsis,
  None,
  NotImplemented,
  PyBuiltin,
  PyBytes,
  PyClassMethod,
  PyDict,
  PyExc,
  PyComplex,
  theEmptyTuple,
  PyFloat,
  PyFunction,
  PyIter,
  PyList,
  PyMethod,
  PyModule,
  PyObj,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  T,
  type Kw,
  type NativeFn,
  type PyValue,
  GlobalsMap,
} from "./value";

export type BuiltinHost = {
  write: (s: string, err: boolean) => void;
  /** run a class body function with a fresh namespace; returns the namespace */
  runClassBody: (body: PyFunction, ns: Map<string, PyValue>) => void;
  /** current frame's zero-arg super() information */
  superArgs: () => [PyType, PyValue];
  globalsOf: () => Map<string, PyValue>;
  localsOf: () => Map<string, PyValue>;
  iterate: (v: PyValue) => PyValue[];
  /** sys.stdout of the calling process when a program replaced it (contextlib.redirect_stdout) */
  replacedStdout: () => PyValue | undefined;
  /** the module `name` of the calling process, imported if need be (open() is io.open) */
  importModule: (name: string) => PyValue;
};

const zipType = makeIterType("zip");
const enumerateType = makeIterType("enumerate");
const mapType = makeIterType("map");
const filterType = makeIterType("filter");
const reversedType = makeIterType("reversed");

function parseIntStr(s: string, base: number): Int {
  let t = asciiNumber(s).trim();
  let neg = false;
  if (t[0] === "-" || t[0] === "+") {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  let b = base;
  const pref = t.slice(0, 2).toLowerCase();
  const t0 = t;
  if ((b === 16 || b === 0) && pref === "0x") {
    b = 16;
    t = t.slice(2);
  } else if ((b === 8 || b === 0) && pref === "0o") {
    b = 8;
    t = t.slice(2);
  } else if ((b === 2 || b === 0) && pref === "0b") {
    b = 2;
    t = t.slice(2);
  } else if (b === 0) b = 10;
  // an underscore only between digits, or right after a base prefix
  const prefixed = t !== t0;
  if (/__|_$/.test(t) || (t[0] === "_" && !prefixed)) t = "";
  t = t.replace(/_/g, "");
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, b);
  if (!t.length || ![...t.toLowerCase()].every((c) => digits.includes(c))) valueError(`invalid literal for int() with base ${base}: ${strRepr(s)}`);
  // CPython limits the digits of every base that is not a power of two (runtime/int-str.ts)
  if (b & (b - 1)) checkDecimalDigits(t.length);
  let v: bigint;
  if (b === 10) v = BigInt(t);
  else if (b === 16 || b === 8 || b === 2) v = BigInt((b === 16 ? "0x" : b === 8 ? "0o" : "0b") + t);
  else {
    v = 0n;
    const B = BigInt(b);
    for (const c of t.toLowerCase()) v = v * B + BigInt(digits.indexOf(c));
  }
  return norm(neg ? -v : v);
}

export function toFloat(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "string") {
    const t = asciiNumber(v).trim().replace(/_/g, "").toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) valueError(`could not convert string to float: ${strRepr(v)}`);
    return parseFloat(t);
  }
  const n = toNum(v);
  if (n !== null) return typeof v === "bigint" ? intToFloat(v) : n;
  const f = getAttrOpt(v, "__float__");
  if (f !== undefined) return toFloat(callValue(f, [], null));
  const carried = carriedValue(v);
  if (carried !== undefined) return toFloat(carried);
  return typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function minmax(name: string, args: PyValue[], kw: Kw, wantMax: boolean): PyValue {
  const key = kw?.get("key") ?? None;
  const dflt = kw?.get("default");
  let items: PyValue[];
  if (args.length === 1) items = iterToArray(args[0]!);
  else if (args.length === 0) return typeError(`${name} expected at least 1 argument, got 0`);
  else items = args;
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    return valueError(`${name}() arg is an empty sequence`);
  }
  let best = items[0]!;
  let bestK = key === None ? best : callValue(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    const k = key === None ? x : callValue(key, [x], null);
    if (wantMax ? pyLess(bestK, k) : pyLess(k, bestK)) {
      best = x;
      bestK = k;
    }
  }
  return best;
}

function pySum(args: PyValue[], kw: Kw): PyValue {
  let acc: PyValue = args[1] ?? kw?.get("start") ?? 0;
  if (typeof acc === "string") typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(args[0]!);
  // float sums use Neumaier compensation like CPython 3.12? 3.11 uses plain addition.
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (typeof acc === "number" && typeof x === "number") {
      const r = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = binaryOp(0, acc, x);
  }
  return acc;
}

function roundImpl(args: PyValue[]): PyValue {
  const x = args[0]!;
  const nd = args[1];
  if (x instanceof PyFloat) {
    if (nd === undefined || nd === None) {
      const v = x.v;
      if (!Number.isFinite(v))
        raise(Number.isNaN(v) ? "ValueError" : "OverflowError", Number.isNaN(v) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
      let r = Math.round(v);
      if (Math.abs(v % 1) === 0.5) r = 2 * Math.round(v / 2);
      return Number.isSafeInteger(r) ? r : norm(BigInt(r));
    }
    return new PyFloat(roundFloat(x.v, Number(toInt(nd))));
  }
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") {
    const v = toInt(x);
    if (nd === undefined || nd === None) return v;
    const d = Number(toInt(nd));
    if (d >= 0) return v;
    const p = 10n ** BigInt(-d);
    const b = BigInt(v);
    let q = b / p;
    let r = b % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    const twice = 2n * r;
    if (twice > p || (twice === p && q % 2n !== 0n)) q += 1n;
    return norm(q * p);
  }
  const f = getAttrOpt(x, "__round__");
  if (f !== undefined) return callValue(f, nd === undefined ? [] : [nd], null);
  const carried = carriedValue(x);
  if (carried !== undefined) return roundImpl(nd === undefined ? [carried] : [carried, nd]);
  return typeError(`type ${typeName(x)} doesn't define __round__ method`);
}

function zipIter(iters: PyValue[], strict: boolean): PyIter {
  return new PyIter(() => {
    if (iters.length === 0) return undefined;
    const out: PyValue[] = [];
    for (let i = 0; i < iters.length; i++) {
      const v = iterNext(iters[i]!);
      if (v === undefined) {
        if (strict && i > 0) valueError(`zip() argument ${i + 1} is shorter than argument 1`);
        return undefined;
      }
      out.push(v);
    }
    return new PyTuple(out);
  }, zipType);
}

function buildBuiltins(host: BuiltinHost): Map<string, PyValue> {
  const b: Map<string, PyValue> = new GlobalsMap();
  const def = (name: string, f: (args: PyValue[], kw: Kw) => PyValue) => b.set(name, builtinFn(name, f));

  // ----- types as constructors -----
  const ctors = new Map<PyType, (cls: PyType, args: PyValue[], kw: Kw) => PyValue>();
  const ctor = (t: PyType, f: (cls: PyType, args: PyValue[], kw: Kw) => PyValue) => {
    ctors.set(t, f);
    t.dict.set("__new__", new PyStaticMethod(new PyBuiltin(`${t.name}.__new__`, (args, kw) => f(args[0] as PyType, args.slice(1), kw))));
  };
  ctor(T.object, (cls) => allocInstance(cls));
  ctor(T.int, (cls, args, kw) => {
    let x = args[0] ?? 0;
    const base = args[1] ?? kw?.get("base");
    // int(S("12")) parses the str a str subclass carries, unless the class says how (__int__)
    const carried = typeof x === "object" ? carriedValue(x) : undefined;
    if (typeof carried === "string" && (base !== undefined || getAttrOpt(x, "__int__") === undefined)) x = carried;
    let v: Int;
    if (base !== undefined) {
      if (typeof x !== "string") typeError("int() can't convert non-string with explicit base");
      v = parseIntStr(x as string, Number(toInt(base)));
    } else if (typeof x === "string") v = parseIntStr(x, 10);
    else if (x instanceof PyFloat) {
      if (!Number.isFinite(x.v))
        raise(Number.isNaN(x.v) ? "ValueError" : "OverflowError", Number.isNaN(x.v) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
      const t = Math.trunc(x.v);
      v = Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : norm(BigInt(t));
    } else if (typeof x === "number" || typeof x === "bigint") v = x;
    else if (typeof x === "boolean") v = x ? 1 : 0;
    else {
      const f = getAttrOpt(x, "__int__") ?? getAttrOpt(x, "__index__");
      if (f === undefined) typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
      v = toInt(callValue(f!, [], null));
    }
    return cls === T.int ? v : newCarrier(cls, v);
  });
  ctor(T.bool, (_c, args) => (args.length ? truthy(args[0]!) : false));
  ctor(T.float, (cls, args) => {
    const v = new PyFloat(args.length ? toFloat(args[0]!) : 0);
    return cls === T.float ? v : newCarrier(cls, v);
  });
  ctor(T.complex, (_c, args, kw) => {
    const real = args[0] ?? kw?.get("real");
    const imag = args[1] ?? kw?.get("imag");
    if (args.length === 1 && real instanceof PyComplex && imag === undefined) return real;
    if (real instanceof PyObj && !(real instanceof PyComplex) && !(real instanceof PyFloat)) {
      const f = lookupType(real.cls, "__complex__");
      if (f !== undefined) return callValue(f, [real], null);
    }
    return newComplex(real, imag);
  });
  ctor(T.str, (cls, args, kw) => {
    // str(object='', encoding='utf-8', errors='strict'), each by position or keyword
    if (args.length > 3) typeError(`str() takes at most 3 arguments (${args.length} given)`);
    const params = ["object", "encoding", "errors"];
    if (kw) for (const k of kw.keys()) if (!params.includes(k)) typeError(`'${k}' is an invalid keyword argument for str()`);
    const [obj, encoding, errors] = params.map((p, i) => args[i] ?? kw?.get(p));
    let v: string;
    if (obj === undefined) v = "";
    else if (encoding !== undefined || errors !== undefined) {
      if (!(obj instanceof PyBytes)) typeError(typeof obj === "string" ? "decoding str is not supported" : `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
      v = callValue(getAttr(obj, "decode"), [encoding ?? "utf-8", errors ?? "strict"], null) as string;
    } else v = str(obj);
    return cls === T.str ? v : newCarrier(cls, v);
  });
  ctor(T.bytes, (_c, args, kw) => {
    const x = args[0];
    if (typeof x === "number" && x > 0) chargeSequence(x, 1, "a bytes object");
    // bytes(b) of an exact bytes is that object, as in CPython
    if (args.length === 1 && x instanceof PyBytes && x.cls === T.bytes) return x;
    return new PyBytes(newBytesValue(args, kw, "bytes"));
  });
  installBytesMethods(ctor);
  for (const t of [T.bytes, T.bytearray])
    methods(t, {
      __iter__: ([s]) =>
        listIter(
          Array.from((s as PyBytes).v, (c) => c.charCodeAt(0)),
          t === T.bytes ? ITER_T.bytes : ITER_T.bytearray,
        ),
    });
  ctor(T.list, (cls) => new PyList([], cls));
  ctor(T.tuple, (cls, args) => {
    const items = args.length ? host.iterate(args[0]!) : [];
    if (cls === T.tuple && args[0] instanceof PyTuple && args[0].cls === T.tuple) return args[0];
    if (cls === T.tuple && items.length === 0) return theEmptyTuple();
    return new PyTuple(items, cls);
  });
  ctor(T.dict, (cls) => new PyDict(cls));
  ctor(T.set, (cls, args) => {
    const s = new PySet(cls);
    if (args.length && !mergeSetOrDict(s, args[0]!)) for (const x of host.iterate(args[0]!)) s.map.set(hashKey(x), x);
    return s;
  });
  methods(T.set, {
    __init__: () => None,
  });
  ctor(T.frozenset, (_cls, args) => {
    // CPython hands back an exact frozenset argument itself (same table, same order)
    if (_cls === T.frozenset && args[0] instanceof PySet && args[0].cls === T.frozenset) return args[0];
    const s = new PySet(T.frozenset);
    if (args.length && !mergeSetOrDict(s, args[0]!)) for (const x of host.iterate(args[0]!)) s.map.set(hashKey(x), x);
    return s;
  });
  ctor(T.range, (_c, args) => {
    const ints = args.map((a) => {
      if (a instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
      return Number(toInt(a));
    });
    if (ints.length === 0) typeError("range expected at least 1 argument, got 0");
    if (ints.length === 1) return new PyRange(0, ints[0]!, 1);
    const step = ints[2] ?? 1;
    if (step === 0) valueError("range() arg 3 must not be zero");
    return new PyRange(ints[0]!, ints[1]!, step);
  });
  methods(T.range, {
    index: ([r, x]) => {
      const rr = r as PyRange;
      if (!contains(rr, x!)) valueError(`${repr(x!)} is not in range`);
      return (Number(toInt(x!)) - rr.start) / rr.step;
    },
    count: ([r, x]) => (contains(r!, x!) ? 1 : 0),
    __len__: ([r]) => (r as PyRange).length,
    __iter__: ([r]) => getIter(r!),
    __getitem__: ([r, k]) => getItem(r!, k!),
  });
  ctor(T.slice, (_c, args) => (args.length === 1 ? new PySlice(None, args[0]!, None) : new PySlice(args[0]!, args[1]!, args[2] ?? None)));
  ctor(T.property, (_c, args, kw) => new PyProperty(args[0] ?? kw?.get("fget") ?? None, args[1] ?? kw?.get("fset") ?? None, args[2] ?? None, args[3] ?? kw?.get("doc") ?? None));
  methods(T.property, {
    setter: ([p, f]) => new PyProperty((p as PyProperty).fget, f!, (p as PyProperty).fdel, (p as PyProperty).doc),
    getter: ([p, f]) => new PyProperty(f!, (p as PyProperty).fset, (p as PyProperty).fdel, (p as PyProperty).doc),
    deleter: ([p, f]) => new PyProperty((p as PyProperty).fget, (p as PyProperty).fset, f!, (p as PyProperty).doc),
  });
  // functions, staticmethods, classmethods and properties are descriptors: `C.__dict__["f"].__get__(obj, C)`
  // binds by hand what attribute lookup binds
  methods(T.function, {
    __get__: ([f, obj, owner]) => {
      if (obj === undefined || (obj === None && (owner === undefined || owner === None))) return typeError("__get__(None, None) is invalid");
      return obj === None ? f! : new PyMethod(f!, obj);
    },
  });
  methods(T.staticmethod, { __get__: ([s]) => (s as PyStaticMethod).func });
  methods(T.classmethod, { __get__: ([c, obj, owner]) => new PyMethod((c as PyClassMethod).func, owner === undefined || owner === None ? typeOf(obj ?? None) : owner) });
  methods(T.property, {
    __get__: ([p, obj]) => {
      if (obj === undefined || obj === None) return p!;
      const prop = p as PyProperty;
      if (prop.fget === None) raise("AttributeError", "property has no getter");
      return callValue(prop.fget, [obj], null);
    },
  });
  ctor(T.staticmethod, (_c, args) => new PyStaticMethod(args[0]!));
  ctor(T.classmethod, (_c, args) => new PyClassMethod(args[0]!));
  ctor(T.super, (_c, args) => {
    if (args.length === 0) {
      const [cls, self] = host.superArgs();
      return new PySuper(cls, self, self instanceof PyType && isSubtype(self, cls) ? self : typeOf(self));
    }
    const cls = args[0] as PyType;
    const obj = args[1]!;
    return new PySuper(cls, obj, obj instanceof PyType && isSubtype(obj, cls) ? obj : typeOf(obj));
  });
  ctor(T.type, (meta, args, kw) => {
    if (args.length === 1) return typeOf(args[0]!);
    const name = args[0] as string;
    const bases = (args[1] as PyTuple).items as PyType[];
    const ns = new Map<string, PyValue>();
    for (const e of (args[2] as PyDict).map.values()) ns.set(e.k as string, e.v);
    const module = ns.get("__module__");
    return createClass(meta, name, bases.length ? bases : [T.object], ns, typeof module === "string" ? module : "__main__", kw);
  });
  methods(T.type, {
    mro: ([t]) => new PyList((t as PyType).mro),
    __subclasses__: () => new PyList([]),
    // reached through super() from a metaclass's own __call__ / __setattr__
    __call__: (args, kw) => callType(args[0] as PyType, args.slice(1), kw),
    __setattr__: ([t, k, v]) => (typeSetAttr(t as PyType, k as string, v!), None),
  });

  // ----- object protocol -----
  methods(T.object, {
    __init__: () => None,
    __repr__: ([o]) => {
      const t = typeOf(o!);
      return `<${t.module === "builtins" ? "" : t.module + "."}${t.qualname} object at 0x${(0x7f0000000000 + (Number(pyId(o!)) % 0xffffff)).toString(16)}>`;
    },
    __str__: ([o]) => repr(o!),
    __eq__: ([a, o]) => (a === o ? true : NotImplemented),
    __ne__: ([a, o]) => {
      const r = pyEq(a!, o!);
      return !r;
    },
    __hash__: ([o]) => identityHash(o!),
    __setattr__: ([o, k, v]) => {
      objectSetAttr(o!, k as string, v!);
      return None;
    },
    __getattribute__: ([o, k]) => {
      if (typeof k !== "string") return typeError(`attribute name must be string, not '${typeName(k!)}'`);
      if (!(o instanceof PyObj) || o instanceof PyType || o instanceof PyModule || o instanceof PySuper) return getAttr(o!, k);
      return objectGetAttribute(o, k) ?? attrError(o, k);
    },
    __delattr__: ([o, k]) => {
      objectDelAttr(o!, k as string);
      return None;
    },
    __format__: ([o, spec]) => formatValue(str(o!), spec as string),
    __init_subclass__: () => None,
    __dir__: ([o]) => new PyList([...((o as PyObj).attrs?.keys() ?? [])]),
  });
  T.object.dict.set("__init_subclass__", new PyClassMethod(new PyBuiltin("object.__init_subclass__", () => None)));
  T.object.dict.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", ([c]) => c!)));
  T.object.dict.delete("__class_getitem__");

  // ----- exceptions -----
  const BE = T.BaseException;
  ctor(BE, (cls, args) => {
    const e = new PyExc(cls);
    e.args = args;
    return e;
  });
  methods(BE, {
    __init__: (args) => {
      (args[0] as PyExc).args = args.slice(1);
      return None;
    },
    __str__: ([e]) => excStr(e as PyExc),
    __repr__: ([e]) => excRepr(e as PyExc),
    with_traceback: ([e]) => e!,
    add_note: ([e, note]) => {
      const x = e as PyExc;
      if (x.attrs === null) x.attrs = new Map();
      let notes = x.attrs.get("__notes__");
      if (!(notes instanceof PyList)) {
        notes = new PyList([]);
        x.attrs.set("__notes__", notes);
      }
      (notes as PyList).items.push(note!);
      return None;
    },
  });
  methods(EXC.StopIteration!, {
    __init__: (args) => {
      const e = args[0] as PyExc;
      e.args = args.slice(1);
      if (e.attrs === null) e.attrs = new Map();
      e.attrs.set("value", args[1] ?? None);
      return None;
    },
  });
  methods(EXC.SystemExit!, {
    __init__: (args) => {
      const e = args[0] as PyExc;
      e.args = args.slice(1);
      if (e.attrs === null) e.attrs = new Map();
      e.attrs.set("code", args.length === 1 ? None : args.length === 2 ? args[1]! : new PyTuple(args.slice(1)));
      return None;
    },
  });
  ctor(EXC.OSError!, (cls, args) => {
    const e = new PyExc(osErrorClass(cls, args));
    fillOSError(e, args);
    return e;
  });
  methods(EXC.OSError!, {
    __init__: (args) => {
      fillOSError(args[0] as PyExc, args.slice(1));
      return None;
    },
    __str__: ([e]) => osErrorStr(e as PyExc),
  });
  for (const kind of ["UnicodeEncodeError", "UnicodeDecodeError"])
    methods(EXC[kind]!, {
      __init__: (args) => {
        fillUnicodeError(args[0] as PyExc, args.slice(1));
        return None;
      },
      __str__: ([e]) => unicodeErrorStr(e as PyExc),
    });
  methods(EXC.KeyError!, { __str__: ([e]) => ((e as PyExc).args.length === 1 ? repr((e as PyExc).args[0]!) : excStr(e as PyExc)) });
  ctor(EXC.BaseExceptionGroup!, (cls, args) => newExceptionGroup(cls, args));
  methods(EXC.BaseExceptionGroup!, {
    __init__: () => None,
    __str__: ([e]) => {
      const x = e as PyExc;
      const n = (x.attrs!.get("exceptions") as PyTuple).items.length;
      return `${str(x.args[0]!)} (${n} sub-exception${n === 1 ? "" : "s"})`;
    },
    ...exceptionGroupMethods,
  });
  for (const [name, t] of Object.entries(EXC)) b.set(name, t);

  // ----- builtin types -----
  const typeNames = [
    "object",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "type",
  ] as const;
  for (const n of typeNames) b.set(n, T[n]);
  b.set("None", None);
  b.set("Ellipsis", Ellipsis);
  b.set("NotImplemented", NotImplemented);

  // ----- functions -----
  def("print", (args, kw) => {
    const sep = kw?.get("sep");
    const end = kw?.get("end");
    const file = kw?.get("file") ?? host.replacedStdout();
    const s = args.map(str).join(sep === undefined || sep === None ? " " : str(sep)) + (end === undefined || end === None ? "\n" : str(end));
    if (file !== undefined && file !== None) {
      const w = getAttrOpt(file, "write");
      if (w !== undefined && !(file as PyObj & { isStderr?: boolean }).isStderr && !(file as PyObj & { isStdout?: boolean }).isStdout) {
        callValue(w, [s], null);
        return None;
      }
      host.write(s, !!(file as PyObj & { isStderr?: boolean }).isStderr);
      return None;
    }
    host.write(s, false);
    return None;
  });
  def("len", (args) => {
    if (args.length !== 1) typeError(`len() takes exactly one argument (${args.length} given)`);
    return pyLen(args[0]!);
  });
  def("repr", ([x]) => repr(x!));
  def("ascii", ([x]) => asciiOnly(repr(x!)));
  def("abs", ([x]) => absValue(x!));
  def("hash", ([x]) => pyHash(x!));
  def("id", ([x]) => pyId(x!));
  def(
    "callable",
    ([x]) =>
      x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyMethod || x instanceof PyType || (x instanceof PyObj && lookupType(x.cls, "__call__") !== undefined),
  );
  def("isinstance", ([x, t]) => {
    const check = (tt: PyValue): boolean => {
      if (tt instanceof PyTuple) return tt.items.some(check);
      if (tt instanceof PyUnion) return tt.args.some(check);
      if (!(tt instanceof PyType)) {
        // any object whose class defines __instancecheck__ (typing's aliases) may answer
        const own = tt instanceof PyObj ? lookupType(tt.cls, "__instancecheck__") : undefined;
        if (own instanceof PyFunction || own instanceof PyBuiltin) return truthy(callValue(own, [tt, x!], null));
        typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
      }
      const hook = metaHook(tt as PyType, "__instancecheck__");
      if (hook !== undefined) return truthy(callValue(hook, [tt, x!], null));
      return isInstance(x!, tt as PyType);
    };
    return check(t!);
  });
  def("issubclass", ([a, t]) => {
    const check = (tt: PyValue): boolean => {
      if (tt instanceof PyTuple) return tt.items.some(check);
      if (tt instanceof PyUnion) return tt.args.some(check);
      if (!(tt instanceof PyType) && tt instanceof PyObj) {
        const own = lookupType(tt.cls, "__subclasscheck__");
        if (own instanceof PyFunction || own instanceof PyBuiltin) return truthy(callValue(own, [tt, a!], null));
      }
      const hook = tt instanceof PyType ? metaHook(tt, "__subclasscheck__") : undefined;
      if (hook !== undefined) return truthy(callValue(hook, [tt, a!], null));
      return isSubtype(a as PyType, tt as PyType);
    };
    if (!(a instanceof PyType)) typeError("issubclass() arg 1 must be a class");
    return check(t!);
  });
  def("getattr", ([o, n, d]) => {
    if (typeof n !== "string") typeError("attribute name must be string");
    if (d === undefined) return getAttr(o!, n as string);
    try {
      return getAttrOpt(o!, n as string) ?? d;
    } catch (e) {
      if (e instanceof PyExc && isSubtype(e.cls, EXC.AttributeError!)) return d;
      throw e;
    }
  });
  def("setattr", ([o, n, v]) => {
    setAttr(o!, n as string, v!);
    return None;
  });
  def("delattr", ([o, n]) => {
    delAttr(o!, n as string);
    return None;
  });
  def("hasattr", ([o, n]) => {
    try {
      return getAttrOpt(o!, n as string) !== undefined;
    } catch (e) {
      if (e instanceof PyExc && isSubtype(e.cls, EXC.AttributeError!)) return false;
      throw e;
    }
  });
  def("iter", ([x, sentinel]) => {
    if (sentinel !== undefined) {
      return new PyIter(() => {
        const v = callValue(x!, [], null);
        return pyEq(v, sentinel) ? undefined : v;
      }, ITER_T.callable);
    }
    return getIter(x!);
  });
  def("next", ([it, d]) => {
    if (!(it instanceof PyIter) && getAttrOpt(it!, "__next__") === undefined) typeError(`'${typeName(it!)}' object is not an iterator`);
    const v = iterNextOrStop(it!);
    if (v !== undefined) return v;
    if (d !== undefined) return d;
    throw lastStop ?? newExc("StopIteration");
  });
  def("len_", () => None);
  b.delete("len_");
  def("range_", () => None);
  b.delete("range_");
  def("enumerate", (args, kw) => {
    const it = getIter(args[0]!);
    let i = toInt(args[1] ?? kw?.get("start") ?? 0);
    return new PyIter(() => {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      const r = new PyTuple([i, v]);
      i = typeof i === "number" ? i + 1 : i + 1n;
      return r;
    }, enumerateType);
  });
  def("zip", (args, kw) => zipIter(args.map(getIter), truthy(kw?.get("strict") ?? false)));
  def("map", (args) => {
    const f = args[0]!;
    const iters = args.slice(1).map(getIter);
    return new PyIter(() => {
      const vals: PyValue[] = [];
      for (const it of iters) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        vals.push(v);
      }
      return callValue(f, vals, null);
    }, mapType);
  });
  def("filter", ([f, xs]) => {
    const it = getIter(xs!);
    return new PyIter(() => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (f === None ? truthy(v) : truthy(callValue(f!, [v], null))) return v;
      }
    }, filterType);
  });
  def("reversed", ([x]) => {
    if (x instanceof PyList || x instanceof PyTuple) {
      const items = x.items;
      let i = items.length - 1;
      return new PyIter(() => (i >= 0 && i < items.length ? items[i--] : undefined), x instanceof PyList ? ITER_T.listReverse : reversedType);
    }
    if (x instanceof PyRange) {
      const items = iterToArray(x).reverse();
      return listIter(items, T.range_iterator);
    }
    if (typeof x === "string") return listIter(Array.from(x).reverse(), reversedType);
    const rv = getAttrOpt(x!, "__reversed__");
    if (rv !== undefined) return callValue(rv, [], null);
    const n = pyLen(x!);
    const gi = getAttr(x!, "__getitem__");
    let i = n - 1;
    return new PyIter(() => {
      if (i < 0) return undefined;
      const x = callValue(gi, [i], null);
      i--;
      return x;
    }, reversedType);
  });
  def("sorted", (args, kw) => {
    if (args.length !== 1) typeError(`sorted expected 1 argument, got ${args.length}`);
    return new PyList(sortValues(host.iterate(args[0]!), kw?.get("key") ?? None, truthy(kw?.get("reverse") ?? false)));
  });
  def("sum", (args, kw) => pySum(args, kw));
  def("min", (args, kw) => minmax("min", args, kw, false));
  def("max", (args, kw) => minmax("max", args, kw, true));
  def("any", ([x]) => {
    const it = getIter(x!);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (truthy(v)) return true;
    return false;
  });
  def("all", ([x]) => {
    const it = getIter(x!);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (!truthy(v)) return false;
    return true;
  });
  def("round", (args, kw) => roundImpl(kw?.has("ndigits") ? [args[0]!, kw.get("ndigits")!] : args));
  def("divmod", ([a, c]) => new PyTuple([binaryOp(4, a!, c!), binaryOp(5, a!, c!)]));
  def("pow", ([a, e, m]) => (m !== undefined && m !== None ? intPowMod(toInt(a!), toInt(e!), toInt(m)) : binaryOp(6, a!, e!)));
  def("chr", ([c]) => {
    const n = Number(toInt(c!));
    if (n < 0 || n > 0x10ffff) valueError("chr() arg not in range(0x110000)");
    return charOf(n);
  });
  def("ord", ([arg]) => {
    const carried = carriedValue(arg!);
    const c = typeof carried === "string" ? carried : arg;
    if (typeof c !== "string" || strLen(c) !== 1) typeError(`ord() expected a character, but string of length ${typeof c === "string" ? strLen(c) : 0} found`);
    return (c as string).codePointAt(0)!;
  });
  const radix =
    (prefix: string, base: number) =>
    ([x]: PyValue[]) => {
      const v = toInt(x!);
      const neg = typeof v === "bigint" ? v < 0n : v < 0;
      const a = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
      return (neg ? "-" : "") + prefix + a.toString(base);
    };
  def("hex", radix("0x", 16));
  def("bin", radix("0b", 2));
  def("oct", radix("0o", 8));
  def("format", ([v, spec]) => formatValue(v!, spec === undefined ? "" : (spec as string)));
  def("vars", (args) => {
    if (args.length === 0) return dictFromMap(host.localsOf());
    const o = args[0]!;
    if (o instanceof PyType) return dictFromMap(o.dict);
    const d = getAttrOpt(o, "__dict__");
    if (d === undefined) typeError("vars() argument must have __dict__ attribute");
    return d!;
  });
  def("dir", (args) => {
    if (args.length === 0) return new PyList([...host.localsOf().keys()].sort());
    const o = args[0]!;
    const own = o instanceof PyType ? undefined : lookupType(typeOf(o), "__dir__");
    if (own instanceof PyFunction) return new PyList(iterToArray(callValue(own, [o], null)).sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)));
    const names = new Set<string>();
    if (o instanceof PyObj && o.attrs) for (const k of o.attrs.keys()) names.add(k);
    const t = o instanceof PyType ? o : typeOf(o);
    if (!(o instanceof PyType)) names.add("__class__");
    for (const m of t.mro) {
      for (const k of m.dict.keys()) names.add(k);
      if (m === T.object) for (const k of OBJECT_DIR) names.add(k);
      // a class statement without __slots__ gives its instances a __dict__ and weak references
      else if (m.module !== "builtins" && !m.dict.has("__slots__") && m.layout === "object") names.add("__dict__").add("__weakref__");
    }
    return new PyList([...names].sort());
  });
  def("globals", () => globalsDict(host.globalsOf()));
  def("locals", () => dictFromMap(host.localsOf()));
  def("input", () => raise("EOFError", "EOF when reading a line"));
  def("open", (args, kw) => callValue(getAttr(host.importModule("io"), "open"), args, kw));
  def("exec", () => raise("NotImplementedError", "exec() is not supported by the sandbox"));
  def("eval", () => raise("NotImplementedError", "eval() is not supported by the sandbox"));
  def("__build_class__", (args, kw) => {
    const body = args[0] as PyFunction;
    const name = args[1] as string;
    // a base that is not a class may stand for one (typing.List[int], typing.NamedTuple)
    const given = args.slice(2);
    const resolved: PyValue[] = [];
    for (const x of given) {
      const entries = x instanceof PyType ? undefined : getAttrOpt(x, "__mro_entries__");
      if (entries === undefined) resolved.push(x);
      else resolved.push(...iterToArray(callValue(entries, [new PyTuple(given)], null)));
    }
    const bases = resolved.map((x) => {
      if (!(x instanceof PyType)) typeError("bases must be types");
      return x as PyType;
    });
    const ns = new Map<string, PyValue>();
    host.runClassBody(body, ns);
    const classKw = kw ? new Map([...kw].filter(([k]) => k !== "metaclass")) : null;
    const meta = chooseMetaclass(kw?.get("metaclass"), bases);
    if (meta !== T.type) {
      // the namespace a metaclass receives starts with __module__, as a CPython class body's does
      const d = dictFromMap(new Map([["__module__", body.module as PyValue], ...ns]));
      return callValue(meta, [name, new PyTuple(bases), d], classKw && classKw.size ? classKw : null);
    }
    return createClass(T.type, name, bases.length ? bases : [T.object], ns, body.module, classKw);
  });
  installDirectCalls(ctors);
  installFastCalls(b);
  return b;
}

/** `str(x)`, `list(it)`…: call the constructor and native __init__ straight away, skipping the
 * per-call __new__/__init__ lookups and argument copies of callType (same semantics: these
 * types' dicts only change through setAttr, which clears `direct`). The functions are made once
 * per realm, so the interpreter's call site keeps seeing the same targets from run to run;
 * only constructors that do not close over the run's host qualify. */
const directCalls = new Map<PyType, NativeFn>();
function installDirectCalls(ctors: Map<PyType, (cls: PyType, args: PyValue[], kw: Kw) => PyValue>): void {
  if (directCalls.size === 0) {
    const objInit = T.object.dict.get("__init__");
    for (const t of [T.str, T.int, T.float, T.bool, T.list, T.dict, T.range, T.slice]) {
      const make = ctors.get(t);
      if (make === undefined) continue;
      const init = lookupType(t, "__init__");
      if (init === undefined || init === objInit) directCalls.set(t, (args, kw) => make(t, args, kw));
      else if (init instanceof PyBuiltin) {
        const initFn = init.fn;
        directCalls.set(t, (args, kw) => {
          const o = make(t, args, kw);
          initFn([o, ...args], kw);
          return o;
        });
      }
    }
  }
  for (const [t, f] of directCalls) t.direct = f;
}

let lastStop: PyExc | null = null;
/** next() that keeps StopIteration's value (for generators returning values). */
function iterNextOrStop(it: PyValue): PyValue | undefined {
  lastStop = null;
  if (it instanceof PyIter) return it.next();
  const f = it instanceof PyObj ? lookupType(it.cls, "__next__") : undefined;
  if (f === undefined) return typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callValue(f, [it], null);
  } catch (e) {
    if (e instanceof PyExc && e.cls === EXC.StopIteration) {
      lastStop = e;
      return undefined;
    }
    throw e;
  }
}

/** A Python-level hook a class's metaclass defines (abc.ABCMeta's __instancecheck__ ...). */
function metaHook(t: PyType, name: string): PyValue | undefined {
  if (t.cls === T.type) return undefined;
  const f = lookupType(t.cls, name);
  return f instanceof PyFunction ? f : undefined;
}

/** The metaclass of a class statement: the explicit one, else the most derived of the bases' types. */
function chooseMetaclass(explicit: PyValue | undefined, bases: PyType[]): PyValue {
  if (explicit !== undefined && !(explicit instanceof PyType)) return explicit;
  let meta = (explicit as PyType | undefined) ?? T.type;
  for (const b of bases) {
    if (isSubtype(b.cls, meta)) meta = b.cls;
    else if (!isSubtype(meta, b.cls)) typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return meta;
}

/** type.__new__: the class object (an instance of `meta`), its __class__ cell, then the
 * __set_name__ and __init_subclass__ hooks. */
function createClass(meta: PyType, name: string, bases: PyType[], ns: Map<string, PyValue>, module: string, kw: Kw): PyType {
  const cls = makeClass(name, bases, ns, module);
  cls.cls = meta;
  const cell = ns.get("__classcell__");
  if (cell) (cell as unknown as { v: PyValue }).v = cls;
  cls.dict.delete("__classcell__");
  for (const [k, v] of cls.dict) {
    const sn = v instanceof PyObj && !(v instanceof PyType) ? lookupType(v.cls, "__set_name__") : undefined;
    if (sn !== undefined && !(sn instanceof PyBuiltin)) callValue(sn, [v, cls, k], null);
  }
  const parent = cls.mro[1];
  if (parent) {
    const isc = lookupType(parent, "__init_subclass__");
    if (isc instanceof PyClassMethod && !(isc.func instanceof PyBuiltin)) callValue(isc.func, [cls], kw && kw.size ? kw : null);
  }
  return cls;
}

/** the attributes CPython's object has (some are not in the sandbox's object dict) */
const OBJECT_DIR = [
  "__class__",
  "__delattr__",
  "__dir__",
  "__doc__",
  "__eq__",
  "__format__",
  "__ge__",
  "__getattribute__",
  "__getstate__",
  "__gt__",
  "__hash__",
  "__init__",
  "__init_subclass__",
  "__le__",
  "__lt__",
  "__ne__",
  "__new__",
  "__reduce__",
  "__reduce_ex__",
  "__repr__",
  "__setattr__",
  "__sizeof__",
  "__str__",
  "__subclasshook__",
];

export function makeClass(name: string, bases: PyType[], ns: Map<string, PyValue>, module: string): PyType {
  for (const b of bases) if (b === T.bool || b === T.range || b === T.slice) typeError(`type '${b.name}' is not an acceptable base type`);
  const t = new PyType(T.type, name, bases);
  const twice = bases.find((b, i) => bases.indexOf(b) !== i);
  if (twice) typeError(`duplicate base class ${twice.name}`);
  try {
    t.mro = c3(t, bases);
  } catch (e) {
    if (!(e instanceof MroConflict)) throw e;
    // 3.11 words it over two lines
    typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${e.heads.map((x) => x.name).join(", ")}`);
  }
  t.layout = bases.find((x) => x.layout !== "object")?.layout ?? "object";
  // a class body may say which module it belongs to (the sandbox's io.StringIO is _io's)
  const declared = ns.get("__module__");
  t.module = typeof declared === "string" ? declared : module;
  const q = ns.get("__qualname__");
  t.qualname = typeof q === "string" ? q : name;
  for (const [k, v] of ns) {
    if (k === "__qualname__") continue;
    t.dict.set(
      k,
      k === "__new__" && v instanceof PyFunction
        ? new PyStaticMethod(v)
        : k === "__init_subclass__" && v instanceof PyFunction
          ? new PyClassMethod(v)
          : k === "__class_getitem__" && v instanceof PyFunction
            ? new PyClassMethod(v)
            : v,
    );
  }
  if (ns.has("__eq__") && !ns.has("__hash__")) t.dict.set("__hash__", None);
  t.finalizable = ns.has("__del__") || t.mro.some((m) => m.finalizable);
  // every class has a __doc__ of its own, None without a docstring (not a base's)
  if (!ns.has("__doc__")) t.dict.set("__doc__", None);
  installSlots(t, ns);
  bumpTypeEpoch();
  return t;
}

/** The methods of str, the containers and the numbers: the same for every run (initRuntime). */
export function installBuiltinTypeMethods(): void {
  installStrMethods();
  installContainerMethods();
  installNumberMethods();
}

/** The builtins namespace of one run. Its functions and the constructors of the builtin types
 * reach the run through `host` (output, class bodies, super(), iteration with nested runs), so
 * they are made per run. */
export function makeBuiltins(host: BuiltinHost): Map<string, PyValue> {
  return buildBuiltins(host);
}

function installNumberMethods(): void {
  methods(T.int, {
    bit_length: ([x]) => {
      const v = toInt(x!);
      const a = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(v);
      return a === 0 || a === 0n ? 0 : a.toString(2).length;
    },
    bit_count: ([x]) => {
      const v = toInt(x!);
      const a = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(v);
      return [...a.toString(2)].filter((c) => c === "1").length;
    },
    to_bytes: intToBytes,
    conjugate: ([x]) => toInt(x!),
    is_integer: () => true,
    __index__: ([x]) => toInt(x!),
    __int__: ([x]) => toInt(x!),
    __float__: ([x]) => new PyFloat(Number(toInt(x!))),
    __abs__: ([x]) => absValue(x!),
    __format__: ([x, s]) => formatValue(x!, s as string),
    __add__: ([a, c]) => binaryOp(0, a!, c!),
    __sub__: ([a, c]) => binaryOp(1, a!, c!),
    __mul__: ([a, c]) => binaryOp(2, a!, c!),
    __truediv__: ([a, c]) => binaryOp(3, a!, c!),
    __floordiv__: ([a, c]) => binaryOp(4, a!, c!),
    __mod__: ([a, c]) => binaryOp(5, a!, c!),
    __pow__: ([a, c]) => binaryOp(6, a!, c!),
    __lt__: ([a, c]) => pyLess(a!, c!),
    __hash__: ([x]) => pyHash(x!),
    __repr__: ([x]) => repr(x!),
    __getnewargs__: ([x]) => new PyTuple([x!]),
  });
  T.int.dict.set("from_bytes", new PyClassMethod(new PyBuiltin("int.from_bytes", intFromBytes)));
  methods(T.slice, { indices: sliceIndicesMethod });
  methods(T.complex, {
    conjugate: ([x]) => new PyComplex((x as PyComplex).re, -(x as PyComplex).im),
    __abs__: ([x]) => absValue(x!),
    __format__: ([x, s]) => formatValue(x!, s as string),
    __repr__: ([x]) => repr(x!),
    __hash__: ([x]) => pyHash(x!),
    __complex__: ([x]) => x!,
    __getnewargs__: ([x]) => new PyTuple([new PyFloat((x as PyComplex).re), new PyFloat((x as PyComplex).im)]),
  });
  methods(T.float, {
    is_integer: ([x]) => Number.isInteger((x as PyFloat).v),
    as_integer_ratio: ([x]) => {
      let v = (x as PyFloat).v;
      let d = 1n;
      while (!Number.isInteger(v)) {
        v *= 2;
        d *= 2n;
      }
      let nn = BigInt(v);
      const g = gcd(nn < 0n ? -nn : nn, d);
      nn /= g;
      return new PyTuple([norm(nn), norm(d / g)]);
    },
    hex: ([x]) => floatRepr((x as PyFloat).v),
    conjugate: ([x]) => x!,
    __int__: ([x]) => Math.trunc((x as PyFloat).v),
    __float__: ([x]) => x!,
    __abs__: ([x]) => absValue(x!),
    __format__: ([x, s]) => formatValue(x!, s as string),
    __round__: ([x, n]) => roundImpl(n === undefined ? [x!] : [x!, n]),
    __repr__: ([x]) => repr(x!),
    __hash__: ([x]) => pyHash(x!),
    __add__: ([a, c]) => binaryOp(0, a!, c!),
    __sub__: ([a, c]) => binaryOp(1, a!, c!),
    __mul__: ([a, c]) => binaryOp(2, a!, c!),
    __truediv__: ([a, c]) => binaryOp(3, a!, c!),
    __getnewargs__: ([x]) => new PyTuple([x!]),
  });
  T.float.dict.set("fromhex", new PyClassMethod(new PyBuiltin("float.fromhex", () => raise("NotImplementedError", "float.fromhex"))));
}
function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
