// Attribute access: lookup through the type (descriptors, properties, __getattr__), the special
// attributes of builtin objects, assignment and deletion.
import { callValue } from "./call";
import { cellContents, closureOf, codeAttr, codeObjectOf, PyCellObject, PyCodeObject } from "./code-object";
import { PySlotMember, slotDelete, slotGet, slotSet } from "./slots";
import { PyUnion, unionArgs } from "./union-type";
import { aliasAttr, PyGenericAlias } from "./generic-alias";
import { isIntLike, toInt, truthy, typeName, typeOf } from "./coerce";
import { dictFromMap } from "./containers";
import { newExc, raise, typeError } from "./errors";
import { iterToArray } from "./iter";
import { EXC, isSubtype, lookupType, bumpTypeEpoch } from "./types";
import {
  type DictEntry,
  None,
  PyBuiltin,
  PyCarrier,
  PyClassMethod,
  PyComplex,
  PyDict,
  PyFloat,
  PyExc,
  PyFunction,
  PyMethod,
  PyModule,
  PyObj,
  PyProperty,
  PyRange,
  PySlice,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  T,
  type PyValue,
} from "./value";

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOpt(obj, name);
  if (v === undefined) return attrError(obj, name);
  return v;
}

export function attrError(obj: PyValue, name: string): never {
  if (obj instanceof PyModule) raise("AttributeError", `module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyType) raise("AttributeError", `type object '${obj.name}' has no attribute '${name}'`);
  const e = newExc("AttributeError", `'${typeName(obj)}' object has no attribute '${name}'`);
  throw e;
}

function bindDescriptor(attr: PyValue, obj: PyValue, t: PyType): PyValue {
  if (attr instanceof PyFunction) return new PyMethod(attr, obj);
  if (attr instanceof PyBuiltin) return attr.self === null && attr.binds ? new PyBuiltin(attr.name, attr.fn, obj) : attr;
  if (attr instanceof PyClassMethod) return new PyMethod(attr.func, t);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyProperty) {
    if (attr.fget === None) raise("AttributeError", `property of '${t.name}' object has no getter`);
    return callValue(attr.fget, [obj], null);
  }
  if (attr instanceof PySlotMember && obj instanceof PyObj) return slotGet(attr, obj);
  const get = descriptorMethod(attr, "__get__");
  if (get !== undefined) return callValue(get, [attr, obj, t], null);
  return attr;
}

/** `__get__`/`__set__`/`__delete__` of a class attribute that is an instance of a Python class (a user descriptor) */
function descriptorMethod(attr: PyValue, name: string): PyValue | undefined {
  if (!(attr instanceof PyObj) || attr instanceof PyType || attr.cls.module === "builtins") return undefined;
  return lookupType(attr.cls, name);
}

/** a data descriptor (it defines __set__ or __delete__) wins over the instance's own attributes */
function isDataDescriptor(attr: PyValue): boolean {
  return attr instanceof PyProperty || attr instanceof PySlotMember || descriptorMethod(attr, "__set__") !== undefined || descriptorMethod(attr, "__delete__") !== undefined;
}

export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyObj) {
    if (obj instanceof PyModule) {
      const v = obj.dict.get(name);
      if (v !== undefined) return v;
      if (name === "__name__") return obj.name;
      if (name === "__dict__") return dictFromMap(obj.dict);
      return undefined;
    }
    if (obj instanceof PyType) return typeGetAttr(obj, name);
    if (obj instanceof PySuper) return superGetAttr(obj, name);
    const t = obj.cls;
    const own = lookupType(t, "__getattribute__");
    if (own instanceof PyFunction) return ownGetAttribute(obj, name, own);
    const v = objectGetAttribute(obj, name);
    if (v !== undefined) return v;
    const ga = lookupType(t, "__getattr__");
    if (ga !== undefined) {
      return callValue(ga, [obj, name], null);
    }
    return undefined;
  }
  const t = typeOf(obj);
  const attr = lookupType(t, name);
  if (attr !== undefined) return bindDescriptor(attr, obj, t);
  if (name === "__class__") return t;
  if (name === "real" || name === "numerator") return isIntLike(obj) ? toInt(obj) : undefined;
  if (name === "imag") return isIntLike(obj) ? 0 : undefined;
  if (name === "denominator") return isIntLike(obj) ? 1 : undefined;
  return undefined;
}

/** object.__getattribute__: data descriptors on the class, the instance's own attributes, other
 * class attributes, the special attributes; __getattr__ is the caller's fallback, not its */
export function objectGetAttribute(obj: PyObj, name: string): PyValue | undefined {
  const t = obj.cls;
  const attr = lookupType(t, name);
  if (attr instanceof PyObj && !(attr instanceof PyFunction) && isDataDescriptor(attr)) return bindDescriptor(attr, obj, t);
  if (obj.attrs !== null) {
    const v = obj.attrs.get(name);
    if (v !== undefined) return v;
  }
  if (attr !== undefined) return bindDescriptor(attr, obj, t);
  const sp = specialAttr(obj, name);
  if (sp !== undefined) return sp;
  // int's and float's data attributes (I(5).real) read the number an instance carries
  if (obj instanceof PyCarrier && (name === "real" || name === "imag" || name === "numerator" || name === "denominator")) return getAttrOpt(obj.value, name);
  if (obj instanceof PyGenericAlias) return aliasAttr(obj, name, getAttrOpt);
  if (obj instanceof PyFloat && (name === "real" || name === "imag")) return name === "real" ? obj : new PyFloat(0);
  return undefined;
}

/** A class's own Python __getattribute__ sees every lookup; __getattr__ runs only when it raises
 * AttributeError, and otherwise that error stands (so its message is the one printed). */
function ownGetAttribute(obj: PyObj, name: string, own: PyFunction): PyValue {
  try {
    return callValue(own, [obj, name], null);
  } catch (e) {
    const ga = e instanceof PyExc && isSubtype(e.cls, EXC.AttributeError!) ? lookupType(obj.cls, "__getattr__") : undefined;
    if (ga === undefined) throw e;
    return callValue(ga, [obj, name], null);
  }
}

function specialAttr(obj: PyObj, name: string): PyValue | undefined {
  switch (name) {
    case "__class__":
      return obj.cls;
    case "__dict__":
      if (obj.cls.noDict) return undefined;
      if (obj.attrs === null) obj.attrs = new Map();
      return new AttrDictView(obj.attrs, obj.cls);
  }
  if (obj instanceof PyFunction) {
    switch (name) {
      case "__name__":
        return obj.name;
      case "__qualname__":
        return obj.qualname;
      case "__doc__":
        return obj.doc;
      case "__module__":
        return obj.module;
      case "__defaults__":
        return obj.defaults.length ? new PyTuple(obj.defaults) : None;
      case "__kwdefaults__":
        return obj.kwdefaults && obj.kwdefaults.size ? dictFromMap(obj.kwdefaults) : None;
      case "__code__":
        return codeObjectOf(obj.code);
      case "__closure__":
        return closureOf(obj.closure);
      case "__annotations__":
        return (obj.annotations ??= new PyDict());
    }
  }
  if (obj instanceof PyCodeObject) return codeAttr(obj, name);
  if (obj instanceof PyUnion && name === "__args__") return unionArgs(obj);
  if (obj instanceof PyComplex) {
    if (name === "real") return new PyFloat(obj.re);
    if (name === "imag") return new PyFloat(obj.im);
  }
  if (obj instanceof PyCellObject && name === "cell_contents") return cellContents(obj);
  if (obj instanceof PyBuiltin) {
    if (name === "__name__" || name === "__qualname__") return obj.name.split(".").pop()!;
    if (name === "__self__") return obj.self ?? None;
    if (name === "__doc__") return None;
  }
  if (obj instanceof PyMethod) {
    if (name === "__self__") return obj.self;
    if (name === "__func__") return obj.func;
    return getAttrOpt(obj.func, name);
  }
  if (obj instanceof PyExc) {
    switch (name) {
      case "args":
        return new PyTuple(obj.args);
      case "__cause__":
        return obj.cause;
      case "__context__":
        return obj.context;
      case "__suppress_context__":
        return obj.suppress;
      case "__traceback__":
        return None;
      case "__notes__":
        return undefined;
    }
  }
  if (obj instanceof PyProperty) {
    if (name === "fget") return obj.fget;
    if (name === "fset") return obj.fset;
    if (name === "__doc__") return obj.doc;
  }
  if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) {
    if (name === "__func__") return obj.func;
  }
  if (obj instanceof PyRange) {
    if (name === "start") return obj.start;
    if (name === "stop") return obj.stop;
    if (name === "step") return obj.step;
  }
  if (obj instanceof PySlice) {
    if (name === "start") return obj.start;
    if (name === "stop") return obj.stop;
    if (name === "step") return obj.step;
  }
  return undefined;
}

/** `obj.__dict__`: a dict whose storage is the object's attribute map itself, so writing through
 * either is seen by the other. Slot values share that map but are not part of __dict__. */
export class AttrDictView extends PyDict {
  constructor(backing: Map<string, PyValue>, owner: PyType) {
    super();
    this.map = new LiveAttrMap(backing, owner);
  }
}

/** The DictEntry map of an AttrDictView, read and written straight through to the attribute map. */
class LiveAttrMap extends Map<unknown, DictEntry> {
  constructor(
    private backing: Map<string, PyValue>,
    private owner: PyType,
  ) {
    super();
  }
  private visible(k: unknown): k is string {
    return typeof k === "string" && !(lookupType(this.owner, k) instanceof PySlotMember);
  }
  private entry(k: string): DictEntry {
    const backing = this.backing;
    return {
      k,
      get v(): PyValue {
        return backing.get(k)!;
      },
      set v(x: PyValue) {
        backing.set(k, x);
      },
    };
  }
  override get size(): number {
    let n = 0;
    for (const k of this.backing.keys()) if (this.visible(k)) n++;
    return n;
  }
  override get(k: unknown): DictEntry | undefined {
    return this.visible(k) && this.backing.has(k) ? this.entry(k) : undefined;
  }
  override has(k: unknown): boolean {
    return this.visible(k) && this.backing.has(k);
  }
  override set(k: unknown, e: DictEntry): this {
    if (typeof k !== "string") typeError("attribute name must be string");
    this.backing.set(k as string, e.v);
    return this;
  }
  override delete(k: unknown): boolean {
    return this.visible(k) && this.backing.delete(k);
  }
  override clear(): void {
    for (const k of [...this.backing.keys()]) if (this.visible(k)) this.backing.delete(k);
  }
  override *entries(): MapIterator<[unknown, DictEntry]> {
    for (const k of [...this.backing.keys()]) if (this.visible(k)) yield [k, this.entry(k)];
  }
  override *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<DictEntry> {
    for (const [, e] of this.entries()) yield e;
  }
  override [Symbol.iterator](): MapIterator<[unknown, DictEntry]> {
    return this.entries();
  }
  override forEach(f: (e: DictEntry, k: unknown, m: Map<unknown, DictEntry>) => void): void {
    for (const [k, e] of this.entries()) f(e, k, this);
  }
}

function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  // every class has a __module__ of its own (a base's does not pass down)
  if (name === "__module__") return t.module;
  // a class without annotations of its own gets an empty __annotations__ dict when asked (3.10+),
  // not a base's
  if (name === "__annotations__" && !t.dict.has(name) && t.module !== "builtins") t.dict.set(name, new PyDict());
  const attr = lookupType(t, name);
  if (attr !== undefined) {
    if (attr instanceof PyClassMethod) return new PyMethod(attr.func, t);
    if (attr instanceof PyStaticMethod) return attr.func;
    const get = descriptorMethod(attr, "__get__");
    if (get !== undefined) return callValue(get, [attr, None, t], null);
    return attr;
  }
  switch (name) {
    case "__name__":
      return t.name;
    case "__qualname__":
      return t.qualname;
    case "__mro__":
      return new PyTuple(t.mro);
    case "__bases__":
      return new PyTuple(t.bases);
    case "__base__":
      return t.bases[0] ?? None;
    case "__module__":
      return t.module;
    case "__dict__":
      return dictFromMap(t.dict);
    case "__class__":
      return t.cls;
    case "__doc__":
      return None;
  }
  // metaclass attributes (type.mro etc.)
  const meta = lookupType(t.cls, name);
  if (meta !== undefined) return bindDescriptor(meta, t, t.cls);
  return undefined;
}

function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const mro = s.objType.mro;
  const i = mro.indexOf(s.thisType);
  for (let j = i + 1; j < mro.length; j++) {
    const v = mro[j]!.dict.get(name);
    if (v !== undefined) {
      if (s.obj instanceof PyType && s.obj === s.objType && v instanceof PyFunction) return v;
      if (v instanceof PyClassMethod) return new PyMethod(v.func, s.objType);
      return bindDescriptor(v, s.obj, s.objType);
    }
  }
  if (name === "__class__") return T.super;
  return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (!(obj instanceof PyObj)) return attrReadOnly(obj, name);
  if (obj instanceof PyType) {
    if (obj.cls !== T.type) {
      // a metaclass may guard its classes' attributes (enum members cannot be reassigned)
      const sa = lookupType(obj.cls, "__setattr__");
      if (sa instanceof PyFunction) {
        callValue(sa, [obj, name, value], null);
        return;
      }
    }
    typeSetAttr(obj, name, value);
    return;
  }
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  }
  const t = obj.cls;
  if (t.layout === "object" || t.mro.length > 2 || obj instanceof PyFunction || obj instanceof PyExc) {
    const sa = lookupType(t, "__setattr__");
    if (sa instanceof PyFunction) {
      callValue(sa, [obj, name, value], null);
      return;
    }
    return objectSetAttr(obj, name, value);
  }
  attrReadOnly(obj, name);
}

export function typeSetAttr(t: PyType, name: string, value: PyValue): void {
  // a class's __module__ is its own, not inherited by subclasses through the dict
  if (name === "__module__" && typeof value === "string") t.module = value;
  if (name === "__qualname__" && typeof value === "string") t.qualname = value;
  // a renamed class prints (and names itself in error messages) by its new name, as in CPython
  if (name === "__name__" && typeof value === "string") t.name = value;
  t.dict.set(name, value);
  // a patched builtin type must go through the generic __new__/__init__ lookup again
  t.direct = null;
  t.directCall1 = null;
  bumpTypeEpoch();
}

function propName(p: PyProperty): string {
  return p.fget instanceof PyFunction ? p.fget.name : "?";
}

function setExcAttr(e: PyExc, name: string, v: PyValue): boolean {
  switch (name) {
    case "__cause__":
      e.cause = v;
      e.suppress = true;
      return true;
    case "__context__":
      e.context = v;
      return true;
    case "__suppress_context__":
      e.suppress = truthy(v);
      return true;
    case "args":
      e.args = iterToArray(v);
      return true;
    case "__traceback__":
      return true;
  }
  return false;
}

/** object.__setattr__: data descriptors on the class, then the special attributes, then the instance dict */
export function objectSetAttr(obj: PyValue, name: string, value: PyValue): void {
  if (!(obj instanceof PyObj) || obj instanceof PyType || obj instanceof PyModule) return setAttr(obj, name, value);
  const t = obj.cls;
  const attr = lookupType(t, name);
  if (attr instanceof PyObj && !(attr instanceof PyFunction)) {
    if (attr instanceof PyProperty) {
      if (attr.fset === None) raise("AttributeError", `property '${propName(attr)}' of '${t.name}' object has no setter`);
      callValue(attr.fset, [obj, value], null);
      return;
    }
    if (attr instanceof PySlotMember) return slotSet(attr, obj, value);
    const set = descriptorMethod(attr, "__set__");
    if (set !== undefined) {
      callValue(set, [attr, obj, value], null);
      return;
    }
  }
  if (obj instanceof PyExc && setExcAttr(obj, name, value)) return;
  if (obj instanceof PyFunction) {
    switch (name) {
      case "__name__":
        obj.name = String(value);
        return;
      case "__qualname__":
        obj.qualname = String(value);
        return;
      case "__doc__":
        obj.doc = value;
        return;
      case "__module__":
        obj.module = String(value);
        return;
      case "__annotations__":
        if (!(value instanceof PyDict)) typeError("__annotations__ must be set to a dict object");
        obj.annotations = value as PyDict;
        return;
    }
  }
  if (t.noDict) raise("AttributeError", `'${t.name}' object has no attribute '${name}'`);
  if (obj.attrs === null) obj.attrs = new Map();
  obj.attrs.set(name, value);
}

function attrReadOnly(obj: PyValue, name: string): never {
  const t = typeOf(obj);
  if (lookupType(t, name) !== undefined) raise("AttributeError", `'${t.name}' object attribute '${name}' is read-only`);
  return raise("AttributeError", `'${t.name}' object has no attribute '${name}'`);
}

export function delAttr(obj: PyValue, name: string): void {
  // a class's own __delattr__ (a frozen dataclass refuses deletion)
  if (obj instanceof PyObj && !(obj instanceof PyType) && !(obj instanceof PyModule)) {
    const da = lookupType(obj.cls, "__delattr__");
    if (da instanceof PyFunction) {
      callValue(da, [obj, name], null);
      return;
    }
  }
  objectDelAttr(obj, name);
}

/** object.__delattr__: a deleter on the class, then the instance dict */
export function objectDelAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyType) {
    if (!obj.dict.delete(name)) attrError(obj, name);
    bumpTypeEpoch();
    return;
  }
  if (obj instanceof PyObj) {
    const attr = lookupType(obj.cls, name);
    if (attr instanceof PyProperty && attr.fdel !== None) {
      callValue(attr.fdel, [obj], null);
      return;
    }
    if (attr instanceof PySlotMember) return slotDelete(attr, obj);
    const del = attr === undefined ? undefined : descriptorMethod(attr, "__delete__");
    if (del !== undefined) {
      callValue(del, [attr!, obj], null);
      return;
    }
    if (obj.attrs && obj.attrs.delete(name)) return;
  }
  attrError(obj, name);
}
