// Calling any callable from native code, and instantiating a class (__new__, then __init__). Python
// functions run through hooks.callFunction, a nested run of the VM.
import { isInstance, typeName, typeOf } from "./coerce";
import { hooks } from "./ctx";
import { R, step } from "./replay";
import { typeError } from "./errors";
import { noteInstance } from "./instances";
import { lookupType } from "./types";
import { PyBuiltin, PyCarrier, PyDict, PyExc, PyFunction, PyList, PyMethod, PyObj, PySet, PyStaticMethod, PyTuple, PyType, T, type Kw, type PyValue } from "./value";

export function callValue(fn: PyValue, args: PyValue[], kw: Kw): PyValue {
  // a native running at a replayable call site logs its calls (runtime/replay.ts)
  if (R.on) return step(() => callCallable(fn, args, kw));
  return callCallable(fn, args, kw);
}

function callCallable(fn: PyValue, args: PyValue[], kw: Kw): PyValue {
  if (fn instanceof PyFunction) return hooks.callFunction(fn, args, kw);
  if (fn instanceof PyBuiltin) return fn.self !== null ? fn.fn([fn.self, ...args], kw) : fn.fn(args, kw);
  if (fn instanceof PyMethod) return callValue(fn.func, [fn.self, ...args], kw);
  if (fn instanceof PyType) {
    if (fn.direct !== null) return fn.direct(args, kw);
    const meta = metaCall(fn);
    return meta !== undefined ? callValue(meta, [fn, ...args], kw) : callType(fn, args, kw);
  }
  if (fn instanceof PyObj) {
    const c = lookupType(fn.cls, "__call__");
    if (c !== undefined) return callValue(c, [fn, ...args], kw);
  }
  return typeError(`'${typeName(fn)}' object is not callable`);
}

/** The __call__ a class's metaclass defines in Python (enum.EnumMeta's), if any. */
export function metaCall(t: PyType): PyFunction | undefined {
  if (t.cls === T.type) return undefined;
  const c = lookupType(t.cls, "__call__");
  return c instanceof PyFunction ? c : undefined;
}

export function callType(t: PyType, args: PyValue[], kw: Kw): PyValue {
  if (t === T.type && args.length === 1 && !kw) return typeOf(args[0]!);
  const newFn = lookupType(t, "__new__");
  let obj: PyValue;
  // a logged step, so a replayed native initialises the instance it made the first time
  if (newFn === undefined) obj = step(() => allocInstance(t));
  else {
    const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    obj = callValue(f, [t, ...args], kw);
    if (!isInstance(obj, t)) return obj;
  }
  const init = lookupType(typeOf(obj), "__init__");
  const objectInit = T.object.dict.get("__init__");
  if (init !== undefined && init !== objectInit) callValue(init, [obj, ...args], kw);
  else if (init === objectInit && newFn === undefined && (args.length || (kw && kw.size))) typeError(`${t.name}() takes no arguments`);
  return obj;
}

/** An instance of a subclass of int, float or str standing for `value` (see coerce.ts carriedValue). */
export function newCarrier(t: PyType, value: PyValue): PyCarrier {
  hooks.alloc(1);
  return new PyCarrier(t, value);
}

export function allocInstance(t: PyType): PyObj {
  hooks.alloc(1);
  switch (t.layout) {
    case "exc":
      return new PyExc(t);
    case "list":
      return new PyList([], t);
    case "dict":
      return new PyDict(t);
    case "set":
      return new PySet(t);
    case "tuple":
      return new PyTuple([], t);
    default: {
      const o = new PyObj(t);
      o.attrs = new Map();
      noteInstance(o);
      return o;
    }
  }
}
