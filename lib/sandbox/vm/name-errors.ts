// The errors for names that do not resolve, with CPython 3.11's "Did you mean" suggestion, and for
// unpacking the wrong number of values.
import type { Code } from "../compile/code";
import { newExc, raise } from "../runtime/errors";
import { PyExc } from "../runtime/value";
import { Frame } from "./frame";
import type { Interp } from "./interp";

export function nameError(vm: Interp, nm: string, frame: Frame): never {
  const e = newExc("NameError", `name '${nm}' is not defined`);
  const hint = suggestName(vm, nm, frame);
  if (hint) e.args = [`name '${nm}' is not defined. Did you mean: '${hint}'?`];
  (e as PyExc & { nameHint?: string }).nameHint = hint ?? undefined;
  throw e;
}

function suggestName(vm: Interp, nm: string, frame: Frame): string | null {
  const cands = new Set<string>([...frame.code.varnames, ...frame.globals.keys(), ...vm.builtins.keys()]);
  if (frame.names) for (const k of frame.names.keys()) cands.add(k);
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of cands) {
    if (c === nm || c.startsWith("$")) continue;
    const d = levenshtein(nm, c);
    const maxD = Math.floor((nm.length + c.length + 3) / 6);
    if (d <= maxD && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

export function derefError(code: Code, arg: number): never {
  const nm = arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
  if (arg < code.cellvars.length) raise("UnboundLocalError", `cannot access local variable '${nm}' where it is not associated with a value`);
  return raise("NameError", `cannot access free variable '${nm}' where it is not associated with a value in enclosing scope`);
}

export function unpackError(got: number, expected: number): never {
  if (got > expected) raise("ValueError", `too many values to unpack (expected ${expected})`);
  return raise("ValueError", `not enough values to unpack (expected ${expected}, got ${got})`);
}

function levenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, i) => i * 2);
  for (let i = 1; i <= m; i++) {
    const cur = [i * 2];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 1 : 2;
      cur.push(Math.min(prev[j]! + 2, cur[j - 1]! + 2, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[n]! / 2;
}
