// _collections: the native half of the collections module (defaultdict, a dict subclass whose
// __missing__ calls its factory); stdlib/collections/__init__.py imports it.
import { makeModule } from "../runtime/native";
import { makeClass } from "../runtime/builtins";
import { fn, methods } from "../runtime/native";
import { callValue } from "../runtime/call";
import { hashKey } from "../runtime/hash";
import { repr } from "../runtime/repr";
import { raise } from "../runtime/errors";
import { None, PyDict, PyStaticMethod, PyType, T } from "../runtime/value";
import type { PyModule } from "../runtime/value";

// one type per JS realm: it holds no per-run state
let defaultdict: PyType | null = null;

function defaultdictType(): PyType {
  if (defaultdict) return defaultdict;
  const t = makeClass("defaultdict", [T.dict], new Map(), "collections");
  t.module = "collections";
  t.dict.set("__new__", new PyStaticMethod(fn("defaultdict.__new__", ([cls]) => new PyDict(cls as PyType))));
  methods(t, {
    __init__: (args, kw) => {
      const d = args[0] as PyDict;
      d.factory = args[1] ?? None;
      const rest = args.slice(2);
      if (rest.length || kw) callValue(T.dict.dict.get("update")!, [d, ...rest], kw);
      return None;
    },
    __missing__: ([d, k]) => {
      const dict = d as PyDict;
      if (dict.factory === None || dict.factory === null) raise("KeyError", repr(k!));
      const v = callValue(dict.factory!, [], null);
      dict.map.set(hashKey(k!), { k: k!, v });
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
  defaultdict = t;
  return t;
}

export function makeCollectionsCore(): PyModule {
  return makeModule("_collections", { defaultdict: defaultdictType() });
}
