// CPython's private name mangling: inside class `_Point`, the identifier `__x` (two leading
// underscores, not a dunder, no dot) means `_Point__x`. The symbol table and the compiler both
// apply it, to names, attribute names and parameters; `__slots__` entries get it at run time.
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}
