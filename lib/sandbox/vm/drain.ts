// Unpacking (`a, b = it`, `a, *rest = it`) and `*it` in a call or a display take every item of an
// iterator inside one instruction. When taking an item runs Python code (a generator's frame, the
// callback of a map or a filter, a ThreadPoolExecutor.map result waiting on its futures), a
// blocking call there would have to park the thread in the middle of a native loop, which the VM
// cannot do. Such iterators are drained by a small Python loop instead (Program's
// GEN_CONSUMERS_SRC: `_extend`, `_unpack`), which parks like any other frame.
import { PyIter, PyListIter, PyRangeIter, T, type PyValue } from "../runtime/value";
import { PyGenerator } from "./frame";

/** Whether taking the items of `v` may run Python code that could block. */
export function drainsThroughPython(v: PyValue | undefined): boolean {
  if (v instanceof PyGenerator) return v.cls === T.generator;
  return v instanceof PyIter && !(v instanceof PyListIter) && !(v instanceof PyRangeIter);
}
