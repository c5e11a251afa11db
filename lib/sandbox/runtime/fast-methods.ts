// Allocation-free entries for the builtin methods loops call most (`xs.append(x)`,
// `d.get(k, 0)`): CALL_METHOD passes self and the arguments straight from the stack instead of
// copying them into an array for the method's ordinary entry; likewise CALL for the builtin
// functions and types most often called with one argument (`str(i)`, `len(xs)`). Each entry must
// do exactly what the ordinary one does for the argument counts it takes (any other count uses
// the ordinary entry, and so does a replay after a blocking callback), so it only saves the copy.
// The entries are module-level functions, the same in every run, so the interpreter's call site
// sees the same few targets from run to run.
import { absValue } from "./arith";
import { typeName } from "./coerce";
import { dictGet, pyLen } from "./containers";
import { typeError } from "./errors";
import { repr, str } from "./repr";
import { type FastNative, None, PyBuiltin, type PyDict, PyList, type PyType, type PyValue, T } from "./value";

function setFast(t: PyType, name: string, arities: number[], f: FastNative): void {
  const m = t.dict.get(name);
  if (!(m instanceof PyBuiltin)) throw new Error(`no builtin ${t.name}.${name} to give a fast entry`);
  m.fast = f;
  m.fastArity = arities.reduce((bits, k) => bits | (1 << k), 0);
}

/** Called by initRuntime() after the builtin types' methods are installed. */
export function installFastMethods(): void {
  setFast(T.list, "append", [1], (l, x) => {
    if (!(l instanceof PyList)) typeError(`descriptor requires a 'list' object but received a '${typeName(l)}'`);
    (l as PyList).items.push(x!);
    return None;
  });
  setFast(T.dict, "get", [1, 2], (d, k, dflt) => dictGet(d as PyDict, k!) ?? dflt ?? None);
}

const oneArg: [string, (x: PyValue) => PyValue][] = [
  ["len", (x) => pyLen(x)],
  ["abs", (x) => absValue(x)],
  ["repr", (x) => repr(x)],
];
// str(x): the constructor with one argument and no keywords is str() of it (no bytes decoding)
const strOf = (x: PyValue): PyValue => str(x);

/** Called by makeBuiltins() once a run's builtins and the types' direct calls are in place. */
export function installFastCalls(b: Map<string, PyValue>): void {
  for (const [name, f] of oneArg) {
    const fn = b.get(name);
    if (!(fn instanceof PyBuiltin)) throw new Error(`no builtin ${name} to give a one-argument entry`);
    fn.call1 = f;
  }
  T.str.directCall1 = T.str.direct !== null ? strOf : null;
}
