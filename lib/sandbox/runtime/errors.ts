// Creating and throwing Python exceptions from native code. PyExc objects are thrown as-is.
import { exc } from "./types";
import { PyExc, type PyType, type PyValue } from "./value";

export function newExc(t: PyType | string, ...args: PyValue[]): PyExc {
  const e = new PyExc(typeof t === "string" ? exc(t) : t);
  e.args = args;
  return e;
}

export function raise(t: PyType | string, msg?: string): never {
  throw msg === undefined ? newExc(t) : newExc(t, msg);
}

export const typeError = (msg: string): never => raise("TypeError", msg);
export const valueError = (msg: string): never => raise("ValueError", msg);

/** Internal signal: the program hit something outside the supported subset. */
export class Unsupported extends Error {}
