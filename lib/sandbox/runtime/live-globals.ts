// globals() returns the module namespace itself, as in CPython: a PyDict whose entry map is a view
// over the frame's globals Map (string keys; writes go through it, into the cells the interpreter
// caches).
// Entries are accessors, because dict code updates an existing entry in place (`e.v = v`).
import { PyDict, type DictEntry, type PyValue } from "./value";

class LiveEntryMap extends Map<unknown, DictEntry> {
  constructor(private g: Map<string, PyValue>) {
    super();
  }
  private entry(k: string): DictEntry {
    const g = this.g;
    let cur = g.get(k)!; // still readable after the key is deleted (dict.pop reads after delete)
    return {
      k,
      get v(): PyValue {
        if (g.has(k)) cur = g.get(k)!;
        return cur;
      },
      set v(x: PyValue) {
        cur = x;
        g.set(k, x);
      },
    };
  }
  override get(k: unknown): DictEntry | undefined {
    if (typeof k === "string") return this.g.has(k) ? this.entry(k) : undefined;
    return super.get(k);
  }
  override has(k: unknown): boolean {
    return typeof k === "string" ? this.g.has(k) : super.has(k);
  }
  override set(k: unknown, e: DictEntry): this {
    if (typeof k === "string") this.g.set(k, e.v);
    else super.set(k, e);
    return this;
  }
  override delete(k: unknown): boolean {
    return typeof k === "string" ? this.g.delete(k) : super.delete(k);
  }
  override clear(): void {
    this.g.clear();
    super.clear();
  }
  override get size(): number {
    return this.g.size + super.size;
  }
  override *entries(): MapIterator<[unknown, DictEntry]> {
    for (const k of [...this.g.keys()]) if (this.g.has(k)) yield [k, this.entry(k)];
    for (const kv of [...super.entries()]) yield kv;
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
  override forEach(cb: (v: DictEntry, k: unknown, m: Map<unknown, DictEntry>) => void, thisArg?: unknown): void {
    for (const [k, e] of this.entries()) cb.call(thisArg, e, k, this);
  }
}

const live = new WeakMap<Map<string, PyValue>, PyDict>();

export function globalsDict(g: Map<string, PyValue>): PyDict {
  let d = live.get(g);
  if (!d) {
    d = new PyDict();
    d.map = new LiveEntryMap(g);
    live.set(g, d);
  }
  return d;
}
