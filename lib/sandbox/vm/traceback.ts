// CPython 3.11 traceback text: frame lines, the source line, and ^/~ carets.
import { excStr, str, repr } from "../runtime/ops";
import { None, PyExc, PyList, PyTuple, type PyValue, type TBEntry } from "../runtime/value";

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
  if (to > lineEnd) return null; // multi-line expressions get no carets in 3.11
  const raw = src.slice(lineStart, lineEnd);
  const indent = raw.length - raw.trimStart().length;
  const a = from - lineStart - indent;
  const b = to - lineStart - indent;
  const stripped = lineText;
  const hasFocus = ff >= 0 && ft > ff;
  if (!hasFocus && a === 0 && b >= stripped.trimEnd().length) return null;
  let out = " ".repeat(a);
  for (let k = from; k < to; k++) {
    if (hasFocus) out += k >= ff && k < ft ? "^" : "~";
    else out += "^";
  }
  return out;
}

function frameLines(e: TBEntry): string {
  let s = `  File "${e.file}", line ${e.line}, in ${e.name}\n`;
  const src = e.code?.source ?? "";
  const lines = src.split("\n");
  const text = lines[e.line - 1];
  if (text !== undefined && e.code && !e.code.hidden && text.trim().length) {
    const t = text.trim();
    s += `    ${t}\n`;
    const c = caretLine(e, t);
    if (c !== null) s += `    ${c}\n`;
  }
  return s;
}

export type FakeFrame = { file: string; line: number; name: string; text: string };

export function formatException(exc: PyExc, prefixFrames: FakeFrame[] = []): string {
  const seen = new Set<PyExc>();
  const parts: string[] = [];
  const render = (e: PyExc, first: boolean): void => {
    seen.add(e);
    if (e.cause instanceof PyExc && !seen.has(e.cause)) {
      render(e.cause, false);
      parts.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e.suppress && e.context instanceof PyExc && !seen.has(e.context)) {
      render(e.context, false);
      parts.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    parts.push(formatOne(e, first ? prefixFrames : []));
  };
  render(exc, true);
  return parts.join("");
}

function formatOne(e: PyExc, prefix: FakeFrame[]): string {
  let s = "";
  const tb = e.tb.filter((x) => !x.code?.hidden).slice().reverse();
  if (tb.length || prefix.length) {
    s += "Traceback (most recent call last):\n";
    for (const f of prefix) s += `  File "${f.file}", line ${f.line}, in ${f.name}\n    ${f.text}\n`;
    // CPython's tb_print_internal: a run of identical (file, line, name) frames prints 3 times
    let last: TBEntry | null = null;
    let cnt = 0;
    const flush = (): void => {
      if (cnt > 3) {
        const n = cnt - 3;
        s += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
      }
    };
    for (const f of tb) {
      if (!last || last.file !== f.file || last.line !== f.line || last.name !== f.name) {
        flush();
        last = f;
        cnt = 0;
      }
      cnt++;
      if (cnt > 3) continue;
      s += frameLines(f);
    }
    flush();
  }
  s += excLine(e);
  if (e.attrs?.has("exceptions")) s += groupLines(e);
  return s;
}

export function excLine(e: PyExc): string {
  const name = e.cls.module === "builtins" || e.cls.module === "__main__" ? e.cls.qualname : `${e.cls.module}.${e.cls.qualname}`;
  let msg: string;
  try {
    msg = excStr(e);
    const custom = e.cls.mro.find((t) => t.dict.has("__str__"));
    if (custom && custom.module !== "builtins") msg = str(e);
  } catch {
    msg = "<exception str() failed>";
  }
  let out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const notes = e.attrs?.get("__notes__");
  if (notes instanceof PyList) for (const n of notes.items) out += `${str(n)}\n`;
  return out;
}

function groupLines(e: PyExc): string {
  // a compact rendering of ExceptionGroup sub-exceptions (CPython draws boxes)
  const subs = (e.attrs!.get("exceptions") as PyTuple).items;
  let s = "";
  subs.forEach((x: PyValue, i: number) => {
    s += `  +---------------- ${i + 1} ----------------\n`;
    if (x instanceof PyExc) s += "  | " + excLine(x).trimEnd() + "\n";
  });
  s += "  +------------------------------------\n";
  return s;
}

export { repr, None };
