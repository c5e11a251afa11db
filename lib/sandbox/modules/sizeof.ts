// sys.getsizeof with CPython 3.11's sizes on a 64-bit build, for the objects programs measure:
// ints (24 bytes + 4 per 30-bit digit, at least one), floats, str by its widest character
// (ASCII 49 + n, Latin-1 73 + n, UCS-2 74 + 2n, UCS-4 76 + 4n, counting code points), bytes,
// tuples, lists as built in one go (56 + 8 per slot: n slots from BUILD_LIST n, n rounded up to
// even from list(sized) or a constant display, runtime/list-capacity.ts; CPython over-allocates
// lists grown by append, which the sandbox does not track), dicts and sets by the table size CPython reaches when
// the items are added one by one (str-keyed dicts use smaller entries), and the usual fixed
// sizes. A class's own __sizeof__ wins, plus the headers CPython adds in front of the object.
import { callValue } from "../runtime/call";
import { listSlots } from "../runtime/list-capacity";
import { toInt } from "../runtime/coerce";
import { lookupType } from "../runtime/types";
import { typeError } from "../runtime/errors";
import { PyBuiltin, PyBytes, PyDict, PyFloat, PyFunction, PyList, PyModule, PyRange, PySet, PyTuple, PyType, T, type PyValue } from "../runtime/value";

function intSize(v: number | bigint): number {
  const a = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(v);
  const bits = a.toString(2).length;
  const digits = a === 0 || a === 0n ? 1 : Math.ceil(bits / 30);
  return 24 + 4 * digits;
}

function strSize(s: string): number {
  let widest = 0;
  let points = 0;
  for (const ch of s) {
    widest = Math.max(widest, ch.codePointAt(0)!);
    points++;
  }
  if (widest < 0x80) return 49 + points;
  if (widest < 0x100) return 73 + points;
  if (widest < 0x10000) return 74 + 2 * points;
  return 76 + 4 * points;
}

/** The hash table CPython reaches by inserting n keys one at a time: 8 slots holding 5, then
 * the next power of two of three times the keys held (dicts), or four times (sets). */
function dictSlots(n: number): number {
  let slots = 8;
  while (n > (slots * 2) / 3) {
    const used = Math.floor((slots * 2) / 3);
    slots = 8;
    while (slots < used * 3) slots *= 2;
  }
  return slots;
}

function dictSize(d: PyDict): number {
  const n = d.map.size;
  if (n === 0) return 64;
  return 64 + dictKeysBytes(d, dictSlots(n));
}

/** A dict's keys object with `slots` index slots: its header, the index (1, 2 or 4 bytes a slot)
 * and the entries two thirds of the slots can hold (16 bytes for str keys only, else 24). */
export function dictKeysBytes(d: PyDict, slots: number): number {
  const usable = Math.floor((slots * 2) / 3);
  let allStr = true;
  for (const e of d.map.values()) if (typeof e.k !== "string") allStr = false;
  const indexBytes = slots <= 128 ? 1 : slots <= 0x7fff ? 2 : 4;
  return 32 + slots * indexBytes + usable * (allStr ? 16 : 24);
}

/** The slots of a set's table after `n` adds, growing as CPython's set_add_entry does. */
export function setTableSlots(n: number): number {
  let mask = 7;
  let fill = 0;
  for (let i = 0; i < n; i++) {
    fill++;
    if (fill * 5 >= mask * 3) {
      const target = fill > 50000 ? fill * 2 : fill * 4;
      let slots = 8;
      while (slots <= target) slots *= 2;
      mask = slots - 1;
    }
  }
  return mask + 1;
}

function setSize(n: number): number {
  const slots = setTableSlots(n);
  return slots <= 8 ? 216 : 216 + 16 * slots;
}

export function getSizeOf(v: PyValue): number {
  if (typeof v === "boolean") return 28;
  if (typeof v === "number" || typeof v === "bigint") return intSize(v);
  if (typeof v === "string") return strSize(v);
  const own = lookupType(v.cls, "__sizeof__");
  if (own instanceof PyFunction) {
    const n = Number(toInt(callValue(own, [v], null)));
    if (n < 0) typeError("__sizeof__() should return >= 0");
    // the GC header, and for instances with a __dict__ 3.11's pre-header for it
    return n + (v.cls.dict.has("__slots__") ? 16 : 32);
  }
  if (v instanceof PyFloat) return 24;
  if (v instanceof PyBytes) return 33 + v.v.length;
  if (v instanceof PyTuple) return 40 + 8 * v.items.length;
  if (v instanceof PyList) return 56 + 8 * listSlots(v);
  if (v instanceof PyDict) return dictSize(v);
  if (v instanceof PySet) return setSize(v.map.size);
  if (v instanceof PyRange) return 48;
  if (v instanceof PyFunction) return 152;
  if (v instanceof PyBuiltin) return 72;
  if (v instanceof PyType) return 1064;
  if (v instanceof PyModule) return 72;
  if (v.cls === T.object || v.cls === T.NoneType) return 16;
  return 56;
}
