// Hooks the VM installs so native runtime code can call back into Python code
// (user __repr__, sort keys, map callbacks) without importing the VM.
import type { Kw, PyFunction, PyValue } from "./value";

export const hooks = {
  callFunction: (_fn: PyFunction, _args: PyValue[], _kw: Kw): PyValue => {
    throw new Error("VM not installed");
  },
  /** Counts allocations for the allocation budget. */
  alloc: (_n: number): void => {},
};
