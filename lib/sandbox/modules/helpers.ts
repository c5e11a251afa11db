// functools, itertools, collections, dataclasses, operator: mostly written in Python.
import { MODULES } from "./registry";
import { runPySource } from "./py-source";
import { FUNCTOOLS, ITERTOOLS, COLLECTIONS, DATACLASSES, OPERATOR } from "./py/sources";
import { fn } from "../runtime/native";
import { PyDict, PyList, T, None, type PyValue, PyType } from "../runtime/value";
import { makeClass } from "../runtime/builtins";
import { methods } from "../runtime/native";
import { callValue, hashKey, iterToArray, repr, toInt } from "../runtime/ops";
import { getItem } from "../runtime/subscript";
import { raise } from "../runtime/errors";

MODULES.functools = (prog) => runPySource(prog, "functools", FUNCTOOLS);
MODULES.itertools = (prog) => runPySource(prog, "itertools", ITERTOOLS);
MODULES.operator = (prog) => runPySource(prog, "operator", OPERATOR);
MODULES.dataclasses = (prog) => runPySource(prog, "dataclasses", DATACLASSES);
MODULES.collections = (prog) => runPySource(prog, "collections", COLLECTIONS, { defaultdict: defaultdictType(), _dict_missing: None });

let dd: PyType | null = null;
function defaultdictType(): PyType {
  if (dd) return dd;
  const t = makeClass("defaultdict", [T.dict], new Map(), "collections");
  t.module = "collections";
  t.dict.set(
    "__new__",
    new (require_static())(
      fn("defaultdict.__new__", ([cls]) => {
        const d = new PyDict(cls as PyType);
        return d;
      }),
    ),
  );
  methods(t, {
    __init__: (args, kw) => {
      const d = args[0] as PyDict;
      d.factory = args[1] ?? None;
      const rest = args.slice(2);
      if (rest.length || kw) callValue(T.dict.dict.get("update")!, [d, ...rest], kw);
      return None;
    },
    __missing__: ([d, k]) => {
      const dd2 = d as PyDict;
      if (dd2.factory === None || dd2.factory === null) raise("KeyError", repr(k!));
      const v = callValue(dd2.factory!, [], null);
      dd2.map.set(hashKey(k!), { k: k!, v });
      return v;
    },
    __repr__: ([d]) => {
      const x = d as PyDict;
      const body = "{" + [...x.map.values()].map((e) => repr(e.k) + ": " + repr(e.v)).join(", ") + "}";
      return `defaultdict(${repr(x.factory ?? None)}, ${body})`;
    },
    copy: ([d]) => {
      const x = d as PyDict;
      const r = new PyDict(x.cls);
      r.factory = x.factory;
      for (const [k, e] of x.map) r.map.set(k, { k: e.k, v: e.v });
      return r;
    },
  });
  t.dict.set("default_factory", None);
  dd = t;
  return t;
}
import { PyStaticMethod } from "../runtime/value";
function require_static() {
  return PyStaticMethod;
}
void PyList;
void iterToArray;
void getItem;
void toInt;
export type { PyValue };
