// The types of the built-in iterators, named as CPython names them, each with __iter__ and __next__
// so `it.__next__()` and `iter(it.__next__, sentinel)` work on them as on CPython's.
import { newExc, typeError } from "./errors";
import { iterStep } from "./iter";
import { methods } from "./native";
import { makeType } from "./types";
import { PyIter, T, type PyType } from "./value";

export function installIterProtocol(t: PyType): PyType {
  methods(t, {
    __iter__: ([it]) => it!,
    __next__: ([it]) => {
      // a subclass would send iterStep back here through its own __next__
      if (!(it instanceof PyIter)) return typeError(`descriptor '__next__' requires a '${t.name}' object`);
      const v = iterStep(it);
      if (v === undefined) throw newExc("StopIteration");
      return v;
    },
  });
  return t;
}

export function makeIterType(name: string): PyType {
  return installIterProtocol(makeType(name, [T.object]));
}

installIterProtocol(T.iterator);
installIterProtocol(T.range_iterator);

export const ITER_T = {
  list: makeIterType("list_iterator"),
  tuple: makeIterType("tuple_iterator"),
  listReverse: makeIterType("list_reverseiterator"),
  strAscii: makeIterType("str_ascii_iterator"),
  str: makeIterType("str_iterator"),
  bytes: makeIterType("bytes_iterator"),
  bytearray: makeIterType("bytearray_iterator"),
  dictKeys: makeIterType("dict_keyiterator"),
  dictValues: makeIterType("dict_valueiterator"),
  dictItems: makeIterType("dict_itemiterator"),
  set: makeIterType("set_iterator"),
  callable: makeIterType("callable_iterator"),
};
