// Hooks the VM installs so native runtime code can call back into Python code
// (user __repr__, sort keys, map callbacks) without importing the VM.
import type { Kw, PyFunction, PyValue } from "./value";

export const hooks = {
  callFunction: (_fn: PyFunction, _args: PyValue[], _kw: Kw): PyValue => {
    throw new Error("VM not installed");
  },
  /** Counts allocations for the allocation budget. */
  alloc: (_n: number): void => {},
  /** Charges the running thread `units` instructions' worth of time for work done inside one
   * instruction (big-integer arithmetic, building a large sequence: runtime/big-work.ts); throws
   * the budget error instead when the run cannot afford it. */
  work: (_units: number, _what: string): void => {},
  /** The module `name` of the running process, imported if need be (a dict view's `mapping` is a
   * `types.MappingProxyType`). */
  importModule: (_name: string): PyValue => {
    throw new Error("VM not installed");
  },
};
