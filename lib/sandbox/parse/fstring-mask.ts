// `f"{x:=8d}"` is x formatted with the spec "=8d" (fill "=", right-aligned in 8): inside an
// f-string's replacement field, a `:` outside brackets always starts the format spec. @lezer/python
// reads `:=` there as a walrus operator and fails, so before parsing, the `=` after such a `:` is
// masked with a same-length placeholder. Offsets do not move, and the converter takes every
// node's text from the original source, so the spec still reads "=8d".

const PLACEHOLDER = "\u0001";
const ID_CHAR = /[A-Za-z0-9_]/;

/** The source with each format-spec `:=` in an f-string replacement field masked (see above). */
export function maskFormatSpecWalrus(src: string): string {
  if (!src.includes(":=")) return src;
  const out = src.split("");
  let changed = false;
  let i = 0;
  const n = src.length;

  /** the end of a string literal starting at `at` (its prefix included), masking inside f-strings */
  const skipString = (at: number): number => {
    let j = at;
    let fmt = false;
    let raw = false;
    while (j < n && /[rRbBuUfF]/.test(src[j]!)) {
      if (/[fF]/.test(src[j]!)) fmt = true;
      if (/[rR]/.test(src[j]!)) raw = true;
      j++;
    }
    const q = src[j]!;
    const triple = src.startsWith(q.repeat(3), j);
    const close = triple ? q.repeat(3) : q;
    j += close.length;
    while (j < n) {
      if (src.startsWith(close, j)) return j + close.length;
      const c = src[j]!;
      if (c === "\\" && (!raw || src[j + 1] === q)) {
        j += 2;
        continue;
      }
      if (!triple && c === "\n") return j;
      if (fmt && c === "{") {
        if (src[j + 1] === "{") {
          j += 2;
          continue;
        }
        j = skipField(j + 1, close);
        continue;
      }
      j++;
    }
    return n;
  };

  /** a replacement field's expression from `at`, then its spec; returns the index after its `}` */
  const skipField = (at: number, close: string): number => {
    let j = at;
    let depth = 0;
    while (j < n && !src.startsWith(close, j)) {
      const c = src[j]!;
      if (c === "'" || c === '"' || (/[rRbBuUfF]/.test(c) && !ID_CHAR.test(src[j - 1] ?? "") && /^[rRbBuUfF]{1,2}['"]/.test(src.slice(j, j + 3)))) {
        j = skipString(j);
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "}") {
        if (depth === 0) return j + 1;
        depth--;
      } else if (c === ":" && depth === 0) {
        if (src[j + 1] === "=") {
          out[j + 1] = PLACEHOLDER;
          changed = true;
        }
        return skipSpec(j + 1, close);
      }
      j++;
    }
    return j;
  };

  /** a format spec (which may hold nested fields) up to and past its closing `}` */
  const skipSpec = (at: number, close: string): number => {
    let j = at;
    while (j < n && !src.startsWith(close, j)) {
      const c = src[j]!;
      if (c === "{") {
        j = skipField(j + 1, close);
        continue;
      }
      if (c === "}") return j + 1;
      j++;
    }
    return j;
  };

  while (i < n) {
    const c = src[i]!;
    if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    const startsString = c === "'" || c === '"' || (/[rRbBuUfF]/.test(c) && !ID_CHAR.test(src[i - 1] ?? "") && /^[rRbBuUfF]{1,2}['"]/.test(src.slice(i, i + 3)));
    if (startsString) {
      i = skipString(i);
      continue;
    }
    i++;
  }
  return changed ? out.join("") : src;
}
