// The slow halves of run()'s attribute and instantiation fast paths: each does what the generic
// path does, then fills the instruction's cache (Code.attrCache, PyType.plainInit) when the next
// object of the same class at the same type epoch may skip the class lookups. A hit has to give
// exactly what the slow path would, so a slot is filled only where the generic path reduces to
// one read or write of the instance's own map.
import { getAttr, setAttr } from "../runtime/attrs";
import { isSubtype, lookupType, typeEpoch } from "../runtime/types";
import { type AttrCacheEntry, PyBuiltin, PyFunction, PyModule, PyObj, PySuper, PyType, type PyValue, T } from "../runtime/value";

/** LOAD_ATTR: no class attribute of that name means the instance's own value, when it has one. */
export function loadAttrSlow(obj: PyValue, name: string, ce: AttrCacheEntry): PyValue {
  const v = getAttr(obj, name);
  if (
    obj instanceof PyObj &&
    obj.attrs !== null &&
    !(obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper) &&
    lookupType(obj.cls, name) === undefined &&
    !(lookupType(obj.cls, "__getattribute__") instanceof PyFunction)
  ) {
    ce.cls = obj.cls;
    ce.epoch = typeEpoch();
  }
  return v;
}

/** STORE_ATTR: a plain instance (no __setattr__, no __slots__, nothing of that name on the class)
 * stores into its own map. */
export function storeAttrSlow(obj: PyValue, name: string, value: PyValue, ce: AttrCacheEntry): void {
  setAttr(obj, name, value);
  if (!(obj instanceof PyObj) || obj.constructor !== PyObj || obj.attrs === null) return;
  const t = obj.cls;
  if (t.noDict || !(t.layout === "object" || t.mro.length > 2)) return;
  if (lookupType(t, "__setattr__") instanceof PyFunction || lookupType(t, name) !== undefined) return;
  ce.cls = t;
  ce.epoch = typeEpoch();
}

/** LOAD_METHOD: the class's plain function or unbound builtin of that name, or undefined (also
 * when the class has its own __getattribute__). */
export function methodLookup(t: PyType, name: string, ce: AttrCacheEntry): PyValue | undefined {
  const attr = lookupType(t, name);
  // a class's own __getattribute__ sees method lookups too: no shortcut past it
  const m =
    (attr instanceof PyFunction || (attr instanceof PyBuiltin && attr.self === null && attr.binds)) && !(lookupType(t, "__getattribute__") instanceof PyFunction)
      ? attr
      : undefined;
  // never for a metaclass, whose instances (classes) look methods up differently: run() takes a
  // hit for a plain instance without checking it is no class
  ce.cls = isSubtype(t, T.type) ? null : t;
  ce.epoch = typeEpoch();
  ce.value = m;
  return m;
}

/** A class whose instances come from object.__new__ and get a Python __init__ (what callAny runs
 * as a frame below a shim that returns the instance): that __init__, else null. */
export function plainInit(t: PyType): PyFunction | null {
  const epoch = typeEpoch();
  if (t.plainInitEpoch === epoch) return t.plainInit;
  const newFn = lookupType(t, "__new__");
  const init = lookupType(t, "__init__");
  // a metaclass's Python __call__ (a singleton, enum.EnumMeta) decides what calling the class does
  const metaCall = t.cls === T.type ? undefined : lookupType(t.cls, "__call__");
  const ok =
    (newFn === undefined || newFn === T.object.dict.get("__new__")) && init instanceof PyFunction && t.layout === "object" && !t.noDict && !(metaCall instanceof PyFunction);
  t.plainInit = ok ? (init as PyFunction) : null;
  t.plainInitEpoch = epoch;
  return t.plainInit;
}
