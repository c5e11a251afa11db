// Binding call arguments to a new frame's fast locals, with CPython's error messages.
import type { Code } from "../compile/code";
import { typeError } from "../runtime/errors";
import { dictFromMap, newTuple } from "../runtime/containers";
import { PyCell, PyDict, type Kw, type PyFunction, type PyValue } from "../runtime/value";
import { Frame } from "./frame";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

export function setupCells(f: Frame, fn: PyFunction): void {
  const code = f.code;
  if (code.cellvars.length === 0 && code.freevars.length === 0) return;
  const cells: PyCell[] = [];
  for (let i = 0; i < code.cellvars.length; i++) {
    const src = code.cellFromArg[i]!;
    cells.push(new PyCell(src >= 0 ? f.fast[src] : undefined));
  }
  if (fn.closure) for (const c of fn.closure) cells.push(c);
  f.cells = cells;
}

/** Create a frame for `fn` with positional args args[start..start+n) and keywords `kw`. */
export function bindFrame(fn: PyFunction, args: PyValue[], start: number, n: number, kw: Kw): Frame {
  const code = fn.code;
  const f = new Frame(code, fn.globals, fn);
  const fast = f.fast;
  const argc = code.argcount;
  const flags = code.flags;
  if (kw === null && n === argc && !flags.varargs && !flags.varkw && code.kwonlycount === 0) {
    for (let i = 0; i < n; i++) fast[i] = args[start + i];
    setupCells(f, fn);
    return f;
  }
  bindGeneral(fn, code, fast, args, start, n, kw);
  setupCells(f, fn);
  return f;
}

function bindGeneral(fn: PyFunction, code: Code, fast: (PyValue | undefined)[], args: PyValue[], start: number, n: number, kw: Kw): void {
  const argc = code.argcount;
  const name = fn.qualname;
  const nPos = Math.min(n, argc);
  for (let i = 0; i < nPos; i++) fast[i] = args[start + i];
  let slot = argc + code.kwonlycount;
  if (code.flags.varargs) {
    fast[slot] = newTuple(n > argc ? args.slice(start + argc, start + n) : []);
    slot++;
  } else if (n > argc) {
    const minArgs = argc - fn.defaults.length;
    const kwGiven = kw ? [...kw.keys()].filter((k) => code.varnames.indexOf(k) >= 0 && code.varnames.indexOf(k) < argc + code.kwonlycount).length : 0;
    const takes = minArgs === argc ? plural(argc, "positional argument") : `from ${minArgs} to ${argc} positional arguments`;
    if (kwGiven) typeError(`${name}() takes ${takes} but ${plural(n, "positional argument")} (and ${plural(kwGiven, "keyword-only argument")}) were given`);
    typeError(`${name}() takes ${takes} but ${n} ${n === 1 ? "was" : "were"} given`);
  }
  let kwDict: PyDict | null = null;
  if (code.flags.varkw) {
    kwDict = dictFromMap(new Map());
    fast[slot] = kwDict;
  }
  if (kw) {
    const posOnlyAsKw: string[] = [];
    for (const [k, v] of kw) {
      const idx = code.varnames.indexOf(k);
      if (idx >= code.posonlycount && idx < argc + code.kwonlycount && idx >= 0) {
        if (fast[idx] !== undefined) typeError(`${name}() got multiple values for argument '${k}'`);
        fast[idx] = v;
      } else if (kwDict) {
        kwDict.map.set(k, { k, v });
      } else if (idx >= 0 && idx < code.posonlycount) {
        posOnlyAsKw.push(k);
      } else typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
    if (posOnlyAsKw.length) typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKw.join(", ")}'`);
  }
  // defaults
  const defaults = fn.defaults;
  const firstDefault = argc - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < argc; i++) {
    if (fast[i] === undefined) {
      if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
      else missing.push(code.varnames[i]!);
    }
  }
  if (missing.length) typeError(`${name}() missing ${plural(missing.length, "required positional argument")}: ${quoteList(missing)}`);
  const kwMissing: string[] = [];
  for (let i = argc; i < argc + code.kwonlycount; i++) {
    if (fast[i] === undefined) {
      const d = fn.kwdefaults?.get(code.varnames[i]!);
      if (d !== undefined) fast[i] = d;
      else kwMissing.push(code.varnames[i]!);
    }
  }
  if (kwMissing.length) typeError(`${name}() missing ${plural(kwMissing.length, "required keyword-only argument")}: ${quoteList(kwMissing)}`);
}
