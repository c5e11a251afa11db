// A set's storage: a Map keyed by hash key (equal Python values have equal keys) plus, while every
// element's CPython hash is the same in every process (numbers, str and bytes under the run's hash
// seed, tuples and frozensets of those: py-hash.ts), a model of CPython 3.11's open-addressing
// table (Objects/setobject.c). Iteration walks that table slot by slot, so printing, list(s),
// for-loops and pop() see CPython's order.
//
// Once an element with a process-dependent hash arrives (None and objects hash by address), no
// fixed order can match CPython, so the table is dropped for good and the set iterates in
// insertion order. clear() gives CPython a fresh table, so it brings the model back.
//
// Every Map method keeps the table in step, so code that only sees a Map (BUILD_SET, SET_ADD,
// copies between processes) stays correct; the whole-set algorithms CPython uses (set_merge's
// pre-sizing and slot copy, difference_update's final resize, set_swap_bodies) are methods here.
import { hashHi as pyHashHi, hashLo as pyHashLo, loadPyHash } from "./py-hash";
import { carriedValue, type PyValue } from "./value";

/** a deleted slot (CPython's `dummy`): probes run past it and a later add may reuse it */
const DUMMY: unique symbol = Symbol("dummy");
type Slot = unknown;
const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

// the hash of the element last passed to loadHash, as the two unsigned 32-bit halves of the 64-bit
// Py_hash_t (CPython probes with it as a size_t); module state so probing allocates nothing
let hashLo = 0;
let hashHi = 0;

/**
 * Loads CPython's hash of a set element (py-hash.ts): ints, bools and floats, str and bytes under
 * the run's hash seed, tuples and frozensets of those. Anything else answers false: its hash differs
 * between CPython processes (None and objects hash by address).
 */
function loadHash(key: unknown, value: PyValue): boolean {
  if (typeof key === "number" && (key | 0) === key) {
    // the common case, small ints, without a call
    hashLo = key === -1 ? 0xfffffffe : key >>> 0;
    hashHi = key < 0 ? 0xffffffff : 0;
    return true;
  }
  // an object with a Python __hash__: its key carries the hash (hash.ts userHashKey)
  if (typeof key === "string" && typeof value === "object" && key.charCodeAt(0) === 2 && key.charCodeAt(1) === 104) {
    const u = BigInt.asUintN(64, BigInt(key.slice(2, key.indexOf("#"))));
    hashLo = Number(u & 0xffffffffn);
    hashHi = Number(u >> 32n);
    return true;
  }
  // an instance of an int, float or str subclass (an IntEnum or StrEnum member too) is keyed by
  // the value it carries (hash.ts), and hashes as that value does
  const carried = typeof value === "object" ? carriedValue(value) : undefined;
  // (a str subclass hashing as another str it equals is keyed by that str)
  if (!loadPyHash(typeof carried === "string" && typeof key === "string" && key !== carried ? key : (carried ?? value))) return false;
  hashLo = pyHashLo;
  hashHi = pyHashHi;
  return true;
}

/** CPython's set_insert_clean: the first never-used slot along the key's probe sequence (hash loaded) */
function findCleanSlot(slots: Slot[], mask: number): number {
  let i = hashLo & mask;
  let pLo = hashLo;
  let pHi = hashHi;
  for (;;) {
    if (slots[i] === undefined) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) if (slots[j] === undefined) return j;
    }
    pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
    pHi >>>= PERTURB_SHIFT;
    // only the low bits survive the mask, so the 64-bit sum can be taken modulo 2**32
    i = (i * 5 + 1 + pLo) & mask;
  }
}

function newHashes(size: number): number[] {
  return new Array<number>(2 * size).fill(0);
}

function newSlots(size: number): Slot[] {
  return new Array<Slot>(size).fill(undefined);
}

export class SetStore extends Map<unknown, PyValue> {
  /** slot → hash key (undefined: never used, DUMMY: deleted); null once CPython's layout is unknowable */
  private slots: Slot[] | null = newSlots(MINSIZE);
  private slotValues: (PyValue | undefined)[] = new Array<PyValue | undefined>(MINSIZE);
  /** each slot's hash (low, high halves at 2j, 2j+1), kept as CPython's setentry keeps it: a resize
   * or merge re-inserts without hashing again (SipHash of a str is not free) */
  private slotHashes: number[] = newHashes(MINSIZE);
  private mask = MINSIZE - 1;
  /** used + dummy slots (CPython `fill`); `size` is CPython's `used` */
  private fill = 0;
  /** where set.pop() resumes its scan (CPython `finger`); survives clear() and resizes as in CPython */
  private finger = 0;

  /** true while iteration follows CPython's slot order */
  get hasLayout(): boolean {
    return this.slots !== null;
  }

  /** CPython set_add_entry. An element already present stays (like CPython, `{1, True}` keeps 1). */
  override set(key: unknown, value: PyValue): this {
    if (super.has(key)) return this;
    super.set(key, value);
    if (this.slots === null) return this;
    if (!loadHash(key, value)) {
      this.dropLayout();
      return this;
    }
    const slots = this.slots;
    const mask = this.mask;
    let i = hashLo & mask;
    let pLo = hashLo;
    let pHi = hashHi;
    // the key is absent (the Map said so), so the probe only looks for a free slot; CPython
    // remembers the last deleted slot it passed and reuses it when the run ends at a never-used one
    let freeSlot = -1;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        const k = slots[j];
        if (k === undefined) {
          if (freeSlot >= 0) {
            slots[freeSlot] = key;
            this.slotValues[freeSlot] = value;
            this.slotHashes[2 * freeSlot] = hashLo;
            this.slotHashes[2 * freeSlot + 1] = hashHi;
            return this;
          }
          slots[j] = key;
          this.slotValues[j] = value;
          this.slotHashes[2 * j] = hashLo;
          this.slotHashes[2 * j + 1] = hashHi;
          this.fill++;
          if (this.fill * 5 >= mask * 3) this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
          return this;
        }
        if (k === DUMMY) freeSlot = j;
      }
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** CPython set_discard_entry: the slot becomes a dummy, the table never shrinks here */
  override delete(key: unknown): boolean {
    const value = super.get(key);
    if (!super.delete(key)) return false;
    if (this.slots !== null) {
      const j = this.slotOf(key, value!);
      this.slots[j] = DUMMY;
      this.slotValues[j] = undefined;
    }
    return true;
  }

  /** CPython set_clear_internal: back to an empty 8-slot table (the finger is kept) */
  override clear(): void {
    super.clear();
    this.slots = newSlots(MINSIZE);
    this.slotValues = new Array<PyValue | undefined>(MINSIZE);
    this.slotHashes = newHashes(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
  }

  /** CPython set_pop: scans from the finger, wrapping around; undefined when empty */
  popValue(): PyValue | undefined {
    if (this.size === 0) return undefined;
    const slots = this.slots;
    if (slots === null) {
      const [k, v] = super.entries().next().value!;
      super.delete(k);
      return v;
    }
    let j = this.finger & this.mask;
    while (slots[j] === undefined || slots[j] === DUMMY) j = j === this.mask ? 0 : j + 1;
    const key = slots[j];
    const value = this.slotValues[j]!;
    slots[j] = DUMMY;
    this.slotValues[j] = undefined;
    super.delete(key);
    this.finger = j + 1;
    return value;
  }

  /**
   * CPython set_merge (`update`/`|`/`set(s)`/copy from another set): one up-front resize, then a
   * slot-for-slot copy when this set is empty and the tables are the same size, clean inserts in
   * the other's slot order when it is merely empty, normal adds otherwise.
   */
  mergeFrom(other: SetStore): void {
    if (other === this || other.size === 0) return;
    const src = other.slots;
    if (this.slots === null || src === null) {
      for (const [k, v] of other) this.set(k, v);
      if (src === null) this.dropLayout();
      return;
    }
    this.reserve(other.size);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.size) {
      this.slots = src.slice();
      this.slotValues = other.slotValues.slice();
      this.slotHashes = other.slotHashes.slice();
      this.fill = other.fill;
      for (const [k, v] of other) super.set(k, v);
      return;
    }
    if (this.fill === 0) {
      const slots = this.slots;
      for (let j = 0; j < src.length; j++) {
        const k = src[j];
        if (k === undefined || k === DUMMY) continue;
        hashLo = other.slotHashes[2 * j]!;
        hashHi = other.slotHashes[2 * j + 1]!;
        const at = findCleanSlot(slots, this.mask);
        slots[at] = k;
        this.slotValues[at] = other.slotValues[j];
        this.slotHashes[2 * at] = hashLo;
        this.slotHashes[2 * at + 1] = hashHi;
        super.set(k, other.slotValues[j]!);
      }
      this.fill = other.size;
      return;
    }
    for (let j = 0; j < src.length; j++) {
      const k = src[j];
      if (k !== undefined && k !== DUMMY) this.set(k, other.slotValues[j]!);
    }
  }

  /** CPython's pre-sizing before adding `incoming` elements at once (set_merge, update from a dict) */
  reserve(incoming: number): void {
    if (this.slots !== null && (this.fill + incoming) * 5 >= this.mask * 3) this.resize((this.size + incoming) * 2);
  }

  /** the end of CPython set_difference_update_internal: rebuild when over a quarter of the slots are dummies */
  compactAfterDiscards(): void {
    if (this.slots !== null && this.fill - this.size > this.mask >>> 2) this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
  }

  /** CPython set_swap_bodies as intersection_update uses it: take `other`'s elements and table (not its finger) */
  takeBody(other: SetStore): void {
    super.clear();
    for (const [k, v] of other) super.set(k, v);
    this.slots = other.slots === null ? null : other.slots.slice();
    this.slotValues = other.slotValues.slice();
    this.slotHashes = other.slotHashes.slice();
    this.mask = other.mask;
    this.fill = other.fill;
  }

  /** the elements in iteration order */
  orderedEntries(): [unknown, PyValue][] {
    const slots = this.slots;
    if (slots === null) return [...super.entries()];
    const out: [unknown, PyValue][] = [];
    for (let j = 0; j < slots.length; j++) {
      const k = slots[j];
      if (k !== undefined && k !== DUMMY) out.push([k, this.slotValues[j]!]);
    }
    return out;
  }

  orderedValues(): PyValue[] {
    const slots = this.slots;
    if (slots === null) return [...super.values()];
    const out: PyValue[] = [];
    for (let j = 0; j < slots.length; j++) {
      const k = slots[j];
      if (k !== undefined && k !== DUMMY) out.push(this.slotValues[j]!);
    }
    return out;
  }

  // Map iteration follows the set's iteration order, so every algorithm that walks a set (building
  // an intersection, pickling for a child process, dict.fromkeys) sees CPython's order.
  override entries(): MapIterator<[unknown, PyValue]> {
    if (this.slots === null) return super.entries();
    return this.orderedEntries().values() as unknown as MapIterator<[unknown, PyValue]>;
  }
  override keys(): MapIterator<unknown> {
    if (this.slots === null) return super.keys();
    return this.orderedEntries()
      .map((e) => e[0])
      .values() as unknown as MapIterator<unknown>;
  }
  override values(): MapIterator<PyValue> {
    if (this.slots === null) return super.values();
    return this.orderedValues().values() as unknown as MapIterator<PyValue>;
  }
  override [Symbol.iterator](): MapIterator<[unknown, PyValue]> {
    return this.entries();
  }
  override forEach(f: (value: PyValue, key: unknown, map: Map<unknown, PyValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }

  private dropLayout(): void {
    this.slots = null;
    this.slotValues = [];
    this.slotHashes = [];
  }

  /** the slot holding a key known to be present */
  private slotOf(key: unknown, value: PyValue): number {
    loadHash(key, value);
    const slots = this.slots!;
    const mask = this.mask;
    let i = hashLo & mask;
    let pLo = hashLo;
    let pHi = hashHi;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) if (slots[j] === key) return j;
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** CPython set_table_resize: the smallest power of two above minused, live entries re-inserted in slot order */
  private resize(minused: number): void {
    const old = this.slots!;
    const oldValues = this.slotValues;
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    // an 8-slot table without dummies is left alone (CPython returns early for its small table)
    if (size === MINSIZE && old.length === MINSIZE && this.fill === this.size) return;
    const slots = newSlots(size);
    const values = new Array<PyValue | undefined>(size);
    const oldHashes = this.slotHashes;
    const hashes = newHashes(size);
    const mask = size - 1;
    for (let j = 0; j < old.length; j++) {
      const k = old[j];
      if (k === undefined || k === DUMMY) continue;
      hashLo = oldHashes[2 * j]!;
      hashHi = oldHashes[2 * j + 1]!;
      const at = findCleanSlot(slots, mask);
      slots[at] = k;
      values[at] = oldValues[j];
      hashes[2 * at] = hashLo;
      hashes[2 * at + 1] = hashHi;
    }
    this.slots = slots;
    this.slotValues = values;
    this.slotHashes = hashes;
    this.mask = mask;
    this.fill = this.size;
  }
}
