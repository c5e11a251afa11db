// Struct sequences (sys.int_info, sys.version_info …): tuples whose fields are also read by
// name, printed as `sys.int_info(bits_per_digit=30, …)` as CPython's C struct sequences are.
import { repr } from "./repr";
import { makeType } from "./types";
import { None, PyBuiltin, PyProperty, PyTuple, type PyType, type PyValue, T } from "./value";

export type TStructSeq = (values: PyValue[]) => PyTuple;

/** A struct sequence type `module.name` with these fields; returns how to make an instance. */
export function makeStructSeq(module: string, name: string, fields: string[]): TStructSeq {
  const t: PyType = makeType(name, [T.tuple], "tuple");
  t.module = module;
  fields.forEach((field, i) => {
    const fget = new PyBuiltin(`${name}.${field}`, ([self]) => (self as PyTuple).items[i]!);
    t.dict.set(field, new PyProperty(fget, None, None, None));
  });
  t.dict.set("__repr__", new PyBuiltin(`${name}.__repr__`, ([self]) => `${module}.${name}(${fields.map((f, i) => `${f}=${repr((self as PyTuple).items[i]!)}`).join(", ")})`));
  t.dict.set("n_fields", fields.length);
  t.dict.set("n_sequence_fields", fields.length);
  t.dict.set("n_unnamed_fields", 0);
  return (values) => new PyTuple(values, t);
}
