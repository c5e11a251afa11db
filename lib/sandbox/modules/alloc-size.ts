// The memory blocks CPython 3.11 (64-bit, pymalloc) asks its allocator for to hold an object, as
// tracemalloc traces them: the requested sizes, not pymalloc's size classes. Measured against
// CPython 3.11.7 (tracemalloc's traces of one object of each kind): a GC-tracked object's block
// starts with the 16-byte GC header, as sys.getsizeof counts it; a list, dict or set with a
// separate table is two blocks; an instance with a __dict__ is the object (56 bytes) and its
// inline values. Objects CPython keeps one copy of (small ints, '' and one-character strs,
// the empty tuple) and objects taken from its free lists are not modelled: every object is a
// fresh allocation.
import { listSlots, notedSlots } from "../runtime/list-capacity";
import { PyBytes, PyDict, PyFloat, PyList, PyObj, PySet, PyTuple, T, type PyValue } from "../runtime/value";
import { dictKeysBytes, getSizeOf, setTableSlots } from "./sizeof";

/** Whether CPython shares one object for this value, so making it allocates nothing. */
export function isSharedValue(v: PyValue): boolean {
  if (typeof v === "boolean") return true;
  if (typeof v === "number") return v >= -5 && v <= 256;
  if (typeof v === "string") return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 0x100);
  return false;
}

export function strBlock(s: string): number {
  let widest = 0;
  let points = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > widest) widest = c;
    points++;
  }
  if (widest < 0x80) return 49 + points;
  if (widest < 0x100) return 73 + points;
  if (widest < 0x10000) return 74 + 2 * points;
  return 76 + 4 * points;
}

/** an int fitting one 30-bit digit comes from _PyLong_FromMedium (sizeof(PyLongObject), 32);
 * a bigger one is the header and one digit more than it needs, as the additions and
 * multiplications that make most of them allocate (a carry may need it) */
export function intBlock(v: number | bigint): number {
  const a = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(v);
  if (a < 2 ** 30) return 32;
  const digits = Math.ceil(a.toString(2).length / 30);
  return 28 + 4 * digits;
}

/** the slots list_resize gives a list grown one append at a time from `from` slots to n items */
export function appendCapacity(from: number, n: number): number {
  let cap = from;
  let size = from;
  while (size < n) {
    if (size < cap) {
      size = Math.min(cap, n);
      continue;
    }
    size++;
    cap = (size + (size >> 3) + 6) & ~3;
  }
  return cap;
}

function dictKeysBlock(d: PyDict): number {
  const n = d.map.size;
  let slots = 8;
  while (n > (slots * 2) / 3) {
    const used = Math.floor((slots * 2) / 3);
    slots = 8;
    while (slots < used * 3) slots *= 2;
  }
  return dictKeysBytes(d, slots);
}

/** The blocks of a PyObj, in bytes; `listFrom` is the slots a list had when it was made (it has
 * grown by appends since), or undefined when unknown. */
export function objectBlocks(o: PyObj, listFrom: number | undefined, out: number[]): void {
  if (o instanceof PyFloat) out.push(24);
  else if (o instanceof PyBytes) {
    if (o.cls === T.bytearray) {
      out.push(56);
      if (o.v.length > 0) out.push(o.v.length + 1);
    } else if (o.v.length > 1) out.push(33 + o.v.length);
  } else if (o instanceof PyTuple) {
    if (o.items.length > 0) out.push(40 + 8 * o.items.length);
  } else if (o instanceof PyList) {
    out.push(56);
    const n = o.items.length;
    const noted = notedSlots(o);
    const slots = noted !== undefined || listFrom === undefined ? listSlots(o) : appendCapacity(listFrom, n);
    if (slots > 0) out.push(8 * slots);
  } else if (o instanceof PyDict) {
    out.push(64);
    if (o.map.size > 0) out.push(dictKeysBlock(o));
  } else if (o instanceof PySet) {
    out.push(216);
    const slots = setTableSlots(o.map.size);
    if (slots > 8) out.push(16 * slots);
  } else if (o.cls === T.object) out.push(16);
  else if (o.cls.dict.get("__slots__") !== undefined) {
    // __slots__: the GC header and a pointer per member, no __dict__
    let members = 0;
    for (const t of o.cls.mro) for (const v of t.dict.values()) if (v instanceof PyObj && v.cls === T.member_descriptor) members++;
    out.push(32 + 8 * members);
  } else if (o.attrs !== null && o.constructor === PyObj) {
    // an instance: the object with its GC header and managed-dict pre-header, then the inline
    // values: one slot more than the attributes the class's shared keys hold, after a prefix
    out.push(56);
    const k = o.attrs.size + 1;
    out.push(((k + 2 + 7) & ~7) + 8 * k);
  } else out.push(getSizeOf(o));
}
