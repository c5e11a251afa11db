// __slots__: a class that lists its attributes gets one member descriptor per name (a data
// descriptor on the class, `<member 'x' of 'P' objects>`), and when every class above it has slots
// too, its instances have no __dict__: assigning any other attribute is an AttributeError.
// Values still live in the instance's attribute map; the descriptors only decide which names exist.
import { mangle } from "../compile/mangle";
import { iterToArray } from "./iter";
import { raise } from "./errors";
import { PyObj, PyType, T, type PyValue } from "./value";

export class PySlotMember extends PyObj {
  constructor(
    public name: string,
    public owner: PyType,
  ) {
    super(T.member_descriptor);
  }
}

/** Applies a class body's __slots__ to the new type `t` (its dict already holds the namespace). */
export function installSlots(t: PyType, ns: Map<string, PyValue>): void {
  const decl = ns.get("__slots__");
  if (decl === undefined) return;
  const names = typeof decl === "string" ? [decl] : iterToArray(decl);
  let withDict = false;
  for (const n of names) {
    if (typeof n !== "string") raise("TypeError", `__slots__ items must be strings, not '${typeof n === "number" ? "int" : (n as PyObj).cls.name}'`);
    const name = n as string;
    if (name === "__dict__") {
      withDict = true;
      continue;
    }
    if (name === "__weakref__") continue;
    const member = mangle(t.name, name);
    if (ns.has(member)) raise("ValueError", `'${name}' in __slots__ conflicts with class variable`);
    t.dict.set(member, new PySlotMember(member, t));
  }
  // instances have no __dict__ when no class above gives them one
  t.noDict = !withDict && t.bases.every((b) => b.noDict || (b.module === "builtins" && b.layout !== "exc"));
}

export function slotGet(m: PySlotMember, obj: PyObj): PyValue {
  const v = obj.attrs?.get(m.name);
  if (v === undefined) raise("AttributeError", `'${obj.cls.name}' object has no attribute '${m.name}'`);
  return v!;
}

export function slotSet(m: PySlotMember, obj: PyObj, value: PyValue): void {
  (obj.attrs ??= new Map()).set(m.name, value);
}

export function slotDelete(m: PySlotMember, obj: PyObj): void {
  if (!obj.attrs?.delete(m.name)) raise("AttributeError", m.name);
}
