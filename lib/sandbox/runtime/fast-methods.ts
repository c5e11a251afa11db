// Allocation-free entries for the builtin methods loops call most (`xs.append(x)`,
// `d.get(k, 0)`): CALL_METHOD passes self and the arguments straight from the stack instead of
// copying them into an array for the method's ordinary entry. Each entry must do exactly what the
// ordinary one does for the argument counts it takes (any other count uses the ordinary entry,
// and so does a replay after a blocking callback), so it only saves the copy.
import { typeName } from "./coerce";
import { dictGet } from "./containers";
import { typeError } from "./errors";
import { type FastNative, None, PyBuiltin, type PyDict, PyList, type PyType, T } from "./value";

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
