// What Python sees of a function's insides: `f.__code__` (the code object's co_* attributes) and
// `f.__closure__` (cell objects with cell_contents). The VM's own Code and PyCell stay plain JS
// objects; the Python-visible wrappers are made on access, one per Code or cell, so `is` holds.
import type { Code } from "../compile/code";
import { raise } from "./errors";
import { None, PyCell, PyObj, PyTuple, T, type PyValue } from "./value";

export class PyCodeObject extends PyObj {
  constructor(public code: Code) {
    super(T.code);
  }
}

export class PyCellObject extends PyObj {
  constructor(public cell: PyCell) {
    super(T.cell);
  }
}

const codeObjects = new WeakMap<Code, PyCodeObject>();
const cellObjects = new WeakMap<PyCell, PyCellObject>();

export function codeObjectOf(code: Code): PyCodeObject {
  let o = codeObjects.get(code);
  if (o === undefined) codeObjects.set(code, (o = new PyCodeObject(code)));
  return o;
}

export function closureOf(cells: PyCell[] | null): PyValue {
  if (cells === null || cells.length === 0) return None;
  return new PyTuple(
    cells.map((c) => {
      let o = cellObjects.get(c);
      if (o === undefined) cellObjects.set(c, (o = new PyCellObject(c)));
      return o;
    }),
  );
}

// CPython's co_flags bits
const CO_OPTIMIZED = 1;
const CO_NEWLOCALS = 2;
const CO_VARARGS = 4;
const CO_VARKEYWORDS = 8;
const CO_NESTED = 16;
const CO_GENERATOR = 32;
const CO_COROUTINE = 128;
const CO_ASYNC_GENERATOR = 512;

/** the sandbox's own temporaries ($-names) are not CPython locals */
function visibleLocals(code: Code): string[] {
  return code.varnames.filter((n) => !n.startsWith("$"));
}

function coFlags(code: Code): number {
  const fl = code.flags;
  if (fl.usesNames) return 0;
  let f = CO_OPTIMIZED | CO_NEWLOCALS;
  if (fl.varargs) f |= CO_VARARGS;
  if (fl.varkw) f |= CO_VARKEYWORDS;
  if (code.freevars.length) f |= CO_NESTED;
  if (fl.coroutine) f |= fl.generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
  else if (fl.generator) f |= CO_GENERATOR;
  return f;
}

/** co_* attributes of a code object; undefined for names it does not have */
export function codeAttr(o: PyCodeObject, name: string): PyValue | undefined {
  const c = o.code;
  switch (name) {
    case "co_name":
      return c.name;
    case "co_qualname":
      return c.qualname;
    case "co_filename":
      return c.filename;
    case "co_firstlineno":
      return c.firstLine;
    case "co_argcount":
      return c.argcount;
    case "co_posonlyargcount":
      return c.posonlycount;
    case "co_kwonlyargcount":
      return c.kwonlycount;
    case "co_varnames":
      return new PyTuple(visibleLocals(c));
    case "co_nlocals":
      return visibleLocals(c).length;
    case "co_cellvars":
      return new PyTuple(c.cellvars.slice());
    case "co_freevars":
      return new PyTuple(c.freevars.slice());
    case "co_names":
      return new PyTuple(c.names.filter((n) => !n.startsWith("$")));
    case "co_flags":
      return coFlags(c);
  }
  return undefined;
}

export function cellContents(o: PyCellObject): PyValue {
  const v = o.cell.v;
  if (v === undefined) raise("ValueError", "Cell is empty");
  return v!;
}
