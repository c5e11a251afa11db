// What pickle would refuse, checked before a value crosses to another process (the sandbox copies
// values instead of pickling them). Functions and classes pickle by reference, as
// `module.qualname`: a local one ("f.<locals>.g") raises AttributeError("Can't pickle local
// object ..."), and one that cannot be found under its name (a lambda) or is not the object found
// there raises _pickle.PicklingError, with CPython's messages.
import { getAttrOpt } from "../runtime/attrs";
import { newExc } from "../runtime/errors";
import { repr } from "../runtime/repr";
import { EXC, makeType } from "../runtime/types";
import { PyDict, PyExc, PyFunction, PyList, PyMethod, PyObj, PySet, PyTuple, PyType, type PyValue } from "../runtime/value";

let pickleError: PyType | null = null;
let picklingError: PyType | null = null;

/** _pickle.PickleError and _pickle.PicklingError (made once per realm) */
export function pickleErrors(): { PickleError: PyType; PicklingError: PyType } {
  if (pickleError === null) {
    pickleError = makeType("PickleError", [EXC.Exception!]);
    pickleError.module = "_pickle";
    picklingError = makeType("PicklingError", [pickleError]);
    picklingError.module = "_pickle";
  }
  return { PickleError: pickleError, PicklingError: picklingError! };
}

function picklingFailure(msg: string): PyExc {
  const e = new PyExc(pickleErrors().PicklingError);
  e.args = [msg];
  return e;
}

/** a function or class by reference: found as `qualname` in its module (`globals`)? */
function checkByReference(obj: PyObj, qualname: string, module: string, globals: Map<string, PyValue> | null): void {
  if (qualname.split(".").includes("<locals>")) throw newExc("AttributeError", `Can't pickle local object '${qualname}'`);
  if (globals === null) return;
  const parts = qualname.split(".");
  let found: PyValue | undefined = globals.get(parts[0]!);
  for (const p of parts.slice(1)) found = found === undefined ? undefined : getAttrOpt(found, p);
  if (found === undefined) throw picklingFailure(`Can't pickle ${repr(obj)}: attribute lookup ${qualname} on ${module} failed`);
  if (found !== obj) throw picklingFailure(`Can't pickle ${repr(obj)}: it's not the same object as ${module}.${qualname}`);
}

/** Throws what pickling `v` would raise; `mainGlobals` is the sending process's __main__. */
export function checkPicklable(v: PyValue, mainGlobals: Map<string, PyValue> | null, seen = new Set<object>()): void {
  if (!(v instanceof PyObj) || seen.has(v)) return;
  seen.add(v);
  if (v instanceof PyFunction) return checkByReference(v, v.qualname, v.module, v.globals);
  if (v instanceof PyMethod) {
    checkPicklable(v.self, mainGlobals, seen);
    return checkPicklable(v.func, mainGlobals, seen);
  }
  if (v instanceof PyType) {
    if (v.module === "__main__") checkByReference(v, v.qualname, v.module, mainGlobals);
    return;
  }
  if (v instanceof PyList || v instanceof PyTuple) {
    for (const x of v.items) checkPicklable(x, mainGlobals, seen);
  } else if (v instanceof PyDict) {
    for (const e of v.map.values()) {
      checkPicklable(e.k, mainGlobals, seen);
      checkPicklable(e.v, mainGlobals, seen);
    }
  } else if (v instanceof PySet) {
    for (const x of v.map.values()) checkPicklable(x, mainGlobals, seen);
  }
  // an instance pickles its class by reference and its attributes by value
  if (v.cls.module === "__main__") checkByReference(v.cls, v.cls.qualname, "__main__", mainGlobals);
  if (v.attrs !== null) for (const x of v.attrs.values()) checkPicklable(x, mainGlobals, seen);
}
