// The slots CPython 3.11 allocated for a list built in one go, for sys.getsizeof. A list made by
// list(sized) or from a constant display of three or more items (BUILD_LIST 0; LOAD_CONST tuple;
// LIST_EXTEND) gets its length rounded up to even (list_preallocate_exact); one built by BUILD_LIST
// n or `[x] * n` gets exactly n, as the sandbox assumes when nothing is noted. Lists grown one
// append at a time are not followed (see modules/sizeof.ts).
import type { PyList } from "./value";

const capacity = new WeakMap<PyList, number>();

export function noteExactPrealloc(list: PyList): void {
  capacity.set(list, (list.items.length + 1) & ~1);
}

/** the slots noted for `list` (built in one go by list(sized) or a constant display), if any */
export function notedSlots(list: PyList): number | undefined {
  return capacity.get(list);
}

/** the slots CPython would have allocated for `list` now, as far as the sandbox knows */
export function listSlots(list: PyList): number {
  const n = list.items.length;
  const cap = capacity.get(list);
  // CPython keeps the allocation while the list stays between half of it and all of it
  return cap !== undefined && n <= cap && n >= cap >> 1 ? cap : n;
}
