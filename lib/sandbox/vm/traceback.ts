// CPython 3.11 traceback text: frame lines, the source line, and ^/~ carets.
import { callValue } from "../runtime/call";
import { excStr, str, repr } from "../runtime/repr";
import { None, PyExc, PyList, PyTuple, type TBEntry } from "../runtime/value";

function caretLine(e: TBEntry, lineText: string): string | null {
  const code = e.code;
  if (!code) return null;
  const i = (e.pc >> 1) * 4;
  const from = code.spans[i]!;
  const to = code.spans[i + 1]!;
  const ff = code.spans[i + 2]!;
  const ft = code.spans[i + 3]!;
  if (from < 0 || to <= from) return null;
  const src = code.source;
  const lineStart = src.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = src.indexOf("\n", from) < 0 ? src.length : src.indexOf("\n", from);
  const raw = src.slice(lineStart, lineEnd);
  const indent = raw.length - raw.trimStart().length;
  const stripped = lineText;
  // an expression that goes on past this line is marked to the end of the line's text, and
  // without the ~/^ split (3.11's rule)
  const multiLine = to > lineEnd;
  const stop = multiLine ? lineStart + indent + stripped.length : to;
  const a = from - lineStart - indent;
  const b = stop - lineStart - indent;
  const hasFocus = !multiLine && ff >= 0 && ft > ff;
  if (!hasFocus && a === 0 && b >= stripped.trimEnd().length) return null;
  let out = " ".repeat(a);
  for (let k = from; k < stop; k++) {
    if (hasFocus) out += k >= ff && k < ft ? "^" : "~";
    else out += "^";
  }
  return out;
}

/** A traceback row as printed: a user frame, an annotated sandbox-stdlib frame or a synthetic one. */
type Row = { file: string; line: number; name: string; text: string; caret: string | null };

// Lines of CPython 3.11.7's stdlib for frames the sandbox synthesises without running that code
// (asyncio.run's Runner and run_until_complete): the stripped source text and its ^ markers.
const STDLIB_LINES: Record<string, [string, string | null]> = {
  "<stdlib>/asyncio/runners.py:190": ["return runner.run(main)", "       ^^^^^^^^^^^^^^^^"],
  "<stdlib>/asyncio/runners.py:118": ["return self._loop.run_until_complete(task)", "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"],
  "<stdlib>/asyncio/base_events.py:653": ["return future.result()", "       ^^^^^^^^^^^^^^^"],
};

/** A synthetic stdlib frame for a traceback (its text comes from STDLIB_LINES). */
export function stdlibEntry(file: string, line: number, name: string): TBEntry {
  return { file, line, name, code: null, pc: -1 };
}

// The sandbox's own Python modules are hidden from tracebacks, except lines that end with
// "#@<path>:<line>": those stand for that line of CPython's stdlib (same text, so the same
// markers) and print as File "<stdlib>/<path>", line <line>, in <function>.
const ANNOTATION = /\s*#@([\w/.]+):(\d+)\s*$/;

function row(e: TBEntry): Row | null {
  const code = e.code;
  if (code === null) {
    const known = STDLIB_LINES[`${e.file}:${e.line}`];
    return { file: e.file, line: e.line, name: e.name, text: known?.[0] ?? "", caret: known?.[1] ?? null };
  }
  const raw = code.source.split("\n")[e.line - 1] ?? "";
  if (code.hidden) {
    const m = ANNOTATION.exec(raw);
    if (m === null) return null;
    const text = raw.slice(0, m.index).trim();
    return { file: `<stdlib>/${m[1]}`, line: Number(m[2]), name: e.name, text, caret: caretLine(e, text) };
  }
  const text = raw.trim();
  return { file: e.file, line: e.line, name: e.name, text, caret: text.length ? caretLine(e, text) : null };
}

function rowLines(r: Row): string {
  let s = `  File "${r.file}", line ${r.line}, in ${r.name}\n`;
  if (r.text.length) {
    s += `    ${r.text}\n`;
    if (r.caret !== null) s += `    ${r.caret}\n`;
  }
  return s;
}

export type FakeFrame = { file: string; line: number; name: string; text: string };

/** The frames of `e` (outermost first) as CPython prints them, with its run-collapsing rule. */
function stackLines(e: PyExc, prefix: FakeFrame[]): string {
  let s = "";
  for (const f of prefix) s += `  File "${f.file}", line ${f.line}, in ${f.name}\n    ${f.text}\n`;
  // CPython's tb_print_internal: a run of identical (file, line, name) frames prints 3 times
  let last: Row | null = null;
  let cnt = 0;
  const flush = (): void => {
    if (cnt > 3) {
      const n = cnt - 3;
      s += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (let i = e.tb.length - 1; i >= 0; i--) {
    const f = row(e.tb[i]!);
    if (f === null) continue;
    if (!last || last.file !== f.file || last.line !== f.line || last.name !== f.name) {
      flush();
      last = f;
      cnt = 0;
    }
    cnt++;
    if (cnt > 3) continue;
    s += rowLines(f);
  }
  flush();
  return s;
}

function hasStack(e: PyExc): boolean {
  return e.tb.some((x) => row(x) !== null);
}

// traceback.py's _ExceptionPrintContext: nested exception groups are drawn in boxes, every
// line inside one carrying "| " (or "+ " on a top-level group's header) after its indent.
type Ctx = { seen: Set<PyExc>; depth: number; needClose: boolean; out: string[] };
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function indent(ctx: Ctx): string {
  return " ".repeat(2 * ctx.depth);
}

function emit(ctx: Ctx, text: string, margin = "|"): void {
  if (text === "") return;
  const pre = indent(ctx) + (ctx.depth ? margin + " " : "");
  if (pre === "") {
    ctx.out.push(text);
    return;
  }
  ctx.out.push(
    text
      .split(/(?<=\n)/)
      .map((l) => pre + l)
      .join(""),
  );
}

function isGroup(e: PyExc): boolean {
  return e.attrs?.get("exceptions") instanceof PyTuple;
}

function formatTree(top: PyExc, ctx: Ctx, prefix: FakeFrame[]): void {
  const chain: [string | null, PyExc][] = [];
  for (let e: PyExc | null = top; e !== null;) {
    ctx.seen.add(e);
    let next: PyExc | null = e.cause instanceof PyExc ? e.cause : !e.suppress && e.context instanceof PyExc ? e.context : null;
    if (next !== null && ctx.seen.has(next)) next = null;
    chain.push([next === null ? null : e.cause instanceof PyExc ? CAUSE : CONTEXT, e]);
    e = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, e] = chain[i]!;
    const pre = e === top ? prefix : [];
    if (msg !== null) emit(ctx, msg);
    if (!isGroup(e)) {
      if (pre.length || hasStack(e)) {
        emit(ctx, "Traceback (most recent call last):\n");
        emit(ctx, stackLines(e, pre));
      }
      emit(ctx, excLine(e));
      continue;
    }
    if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
      continue;
    }
    const toplevel = ctx.depth === 0;
    if (toplevel) ctx.depth++;
    if (pre.length || hasStack(e)) {
      emit(ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? "+" : "|");
      emit(ctx, stackLines(e, pre));
    }
    emit(ctx, excLine(e));
    const subs = (e.attrs!.get("exceptions") as PyTuple).items;
    const n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
    ctx.needClose = false;
    for (let k = 0; k < n; k++) {
      const lastExc = k === n - 1;
      if (lastExc) ctx.needClose = true;
      const truncated = k >= MAX_GROUP_WIDTH;
      ctx.out.push(`${indent(ctx)}${k === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : k + 1} ----------------\n`);
      ctx.depth++;
      const sub = subs[k];
      if (truncated) {
        const rest = subs.length - MAX_GROUP_WIDTH;
        emit(ctx, `and ${rest} more exception${rest > 1 ? "s" : ""}\n`);
      } else if (sub instanceof PyExc) formatTree(sub, ctx, []);
      if (lastExc && ctx.needClose) {
        ctx.out.push(`${indent(ctx)}+------------------------------------\n`);
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (toplevel) ctx.depth = 0;
  }
}

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

export function formatException(exc: PyExc, prefixFrames: FakeFrame[] = []): string {
  const ctx: Ctx = { seen: new Set(), depth: 0, needClose: false, out: [] };
  formatTree(exc, ctx, prefixFrames);
  return ctx.out.join("");
}

export function excLine(e: PyExc): string {
  const name = e.cls.module === "builtins" || e.cls.module === "__main__" ? e.cls.qualname : `${e.cls.module}.${e.cls.qualname}`;
  let msg: string;
  try {
    msg = excStr(e);
    const custom = e.cls.mro.find((t) => t.dict.has("__str__"));
    if (custom && custom.module !== "builtins") msg = str(e);
    // a builtin class with a __str__ of its own (exception groups, OSError's "[Errno N] ...")
    else if (custom && custom.qualname !== "BaseException") msg = str(callValue(custom.dict.get("__str__")!, [e], null));
  } catch {
    msg = "<exception str() failed>";
  }
  let out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const notes = e.attrs?.get("__notes__");
  if (notes instanceof PyList) for (const n of notes.items) out += `${str(n)}\n`;
  return out;
}

export { repr, None };
