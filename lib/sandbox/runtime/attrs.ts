// Attribute access: lookup through the type (descriptors, properties, __getattr__), the special
// attributes of builtin objects, assignment and deletion.
import { callValue } from "./call";
import { isIntLike, toInt, truthy, typeName, typeOf } from "./coerce";
import { dictFromMap } from "./containers";
import { newExc, raise } from "./errors";
import { iterToArray } from "./iter";
import { lookupType, bumpTypeEpoch } from "./types";
import { None, PyBuiltin, PyClassMethod, PyDict, PyExc, PyFunction, PyMethod, PyModule, PyObj, PyProperty, PyRange, PySlice, PyStaticMethod, PySuper, PyTuple, PyType, T, type PyValue } from "./value";

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
  if (attr instanceof PyBuiltin) return attr.self === null ? new PyBuiltin(attr.name, attr.fn, obj) : attr;
  if (attr instanceof PyClassMethod) return new PyMethod(attr.func, t);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyProperty) {
    if (attr.fget === None) raise("AttributeError", `property of '${t.name}' object has no getter`);
    return callValue(attr.fget, [obj], null);
  }
  return attr;
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
    const attr = lookupType(t, name);
    if (attr instanceof PyProperty) return bindDescriptor(attr, obj, t);
    if (obj.attrs !== null) {
      const v = obj.attrs.get(name);
      if (v !== undefined) return v;
    }
    if (attr !== undefined) return bindDescriptor(attr, obj, t);
    const sp = specialAttr(obj, name);
    if (sp !== undefined) return sp;
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

function specialAttr(obj: PyObj, name: string): PyValue | undefined {
  switch (name) {
    case "__class__":
      return obj.cls;
    case "__dict__":
      if (obj.attrs === null) obj.attrs = new Map();
      return new AttrDictView(obj.attrs);
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
        return None;
      case "__annotations__": {
        // made on first access, as CPython's is
        const made = new PyDict();
        if (obj.attrs === null) obj.attrs = new Map();
        obj.attrs.set("__annotations__", made);
        return made;
      }
    }
  }
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

/** `obj.__dict__` as a live view onto the attribute map. */
export class AttrDictView extends PyDict {
  constructor(public backing: Map<string, PyValue>) {
    super();
    for (const [k, v] of backing) this.map.set(k, { k, v });
  }
}

function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const attr = lookupType(t, name);
  if (attr !== undefined) {
    if (attr instanceof PyClassMethod) return new PyMethod(attr.func, t);
    if (attr instanceof PyStaticMethod) return attr.func;
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
    const attr = lookupType(t, name);
    if (attr instanceof PyProperty) {
      if (attr.fset === None) raise("AttributeError", `property '${propName(attr)}' of '${t.name}' object has no setter`);
      callValue(attr.fset, [obj, value], null);
      return;
    }
    const sa = lookupType(t, "__setattr__");
    if (sa instanceof PyFunction) {
      callValue(sa, [obj, name, value], null);
      return;
    }
    if (obj instanceof PyExc && setExcAttr(obj, name, value)) return;
    if (obj instanceof PyFunction) {
      if (name === "__name__") {
        obj.name = String(value);
        return;
      }
      if (name === "__qualname__") {
        obj.qualname = String(value);
        return;
      }
      if (name === "__doc__") {
        obj.doc = value;
        return;
      }
      if (name === "__module__") {
        obj.module = String(value);
        return;
      }
    }
    if (obj.attrs === null) obj.attrs = new Map();
    obj.attrs.set(name, value);
    return;
  }
  attrReadOnly(obj, name);
}

export function typeSetAttr(t: PyType, name: string, value: PyValue): void {
  t.dict.set(name, value);
  // a patched builtin type must go through the generic __new__/__init__ lookup again
  t.direct = null;
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

export function objectSetAttr(obj: PyValue, name: string, value: PyValue): void {
  if (!(obj instanceof PyObj)) return attrReadOnly(obj, name);
  if (obj instanceof PyExc && setExcAttr(obj, name, value)) return;
  if (obj.attrs === null) obj.attrs = new Map();
  obj.attrs.set(name, value);
}

function attrReadOnly(obj: PyValue, name: string): never {
  const t = typeOf(obj);
  if (lookupType(t, name) !== undefined) raise("AttributeError", `'${t.name}' object attribute '${name}' is read-only`);
  return raise("AttributeError", `'${t.name}' object has no attribute '${name}'`);
}

export function delAttr(obj: PyValue, name: string): void {
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
    if (obj.attrs && obj.attrs.delete(name)) return;
  }
  attrError(obj, name);
}
