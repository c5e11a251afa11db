// Module namespaces (globals, and the builtins) as a Map of names to cells. To every other user
// it is a Map<string, PyValue>: get, set, iteration and the rest see values. The interpreter
// keeps a name's cell per instruction (Code.globalCache), so a module-level load or store, and a
// function's LOAD_GLOBAL, is one field access while the name stays bound, however often it is
// rebound: a store writes the cell; deleting the name empties it, so a cached cell that reads
// `undefined` is stale. A name found in the builtins is good while no namespace has gained or
// lost a name since (`keysEpoch`): the module could now bind a name that shadows it.
import type { PyValue } from "./value";

/** One bound name; `v` is undefined once the name is deleted (the cell is then dropped). */
export type GlobalCell = { v: PyValue | undefined };

// direct builtin calls: `super.get` is not inlined when the class is transpiled (tsx)
const mapGet = Map.prototype.get as (this: Map<string, unknown>, k: string) => unknown;
const mapSet = Map.prototype.set as (this: Map<string, unknown>, k: string, v: unknown) => Map<string, unknown>;
const mapDelete = Map.prototype.delete as (this: Map<string, unknown>, k: string) => boolean;
const mapEntries = Map.prototype.entries as (this: Map<string, unknown>) => MapIterator<[string, GlobalCell]>;
const mapValues = Map.prototype.values as (this: Map<string, unknown>) => MapIterator<GlobalCell>;

export class GlobalsMap extends Map<string, PyValue> {
  /** bumped whenever any GlobalsMap gains or loses a name */
  static keysEpoch = 0;

  constructor(entries?: Iterable<readonly [string, PyValue]>) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** the cell bound to `k`, if any */
  cell(k: string): GlobalCell | undefined {
    return mapGet.call(this, k) as GlobalCell | undefined;
  }

  override get(k: string): PyValue | undefined {
    const c = mapGet.call(this, k) as GlobalCell | undefined;
    return c === undefined ? undefined : c.v;
  }

  override set(k: string, v: PyValue): this {
    const c = mapGet.call(this, k) as GlobalCell | undefined;
    if (c !== undefined) c.v = v;
    else {
      mapSet.call(this, k, { v } satisfies GlobalCell);
      GlobalsMap.keysEpoch++;
    }
    return this;
  }

  override delete(k: string): boolean {
    const c = mapGet.call(this, k) as GlobalCell | undefined;
    if (c === undefined) return false;
    c.v = undefined;
    mapDelete.call(this, k);
    GlobalsMap.keysEpoch++;
    return true;
  }

  override clear(): void {
    for (const c of mapValues.call(this)) c.v = undefined;
    super.clear();
    GlobalsMap.keysEpoch++;
  }

  override *entries(): MapIterator<[string, PyValue]> {
    for (const [k, c] of mapEntries.call(this)) if (c.v !== undefined) yield [k, c.v];
  }

  override *values(): MapIterator<PyValue> {
    for (const c of mapValues.call(this)) if (c.v !== undefined) yield c.v;
  }

  override [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }

  override forEach(cb: (v: PyValue, k: string, m: Map<string, PyValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
  }
}

/** One LOAD_GLOBAL cache slot (also module-level LOAD_NAME and STORE_NAME, STORE_GLOBAL): the
 * cell `name` had when looked up in `map`, then the builtins. `keys` is -1 for a cell of `map`
 * itself, else the keysEpoch at which the name was found in the builtins. */
export type GlobalCacheEntry = { map: Map<string, PyValue> | null; keys: number; cell: GlobalCell | null };
