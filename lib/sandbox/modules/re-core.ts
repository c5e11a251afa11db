// _re_core: the native half of the re module (stdlib/re/__init__.py). It reads a pattern in
// Python's regular-expression syntax and writes the JavaScript RegExp that matches the same
// strings, then runs it. Where the two languages differ, the translation spells out Python's
// meaning: (?P<name>...) and (?P=name), \A and \Z, $ matching before a final newline, ^ and $
// with MULTILINE only at \n, . never matching \n (unless DOTALL), Unicode-aware \d \w \s \b
// (ASCII-only with re.ASCII), verbose patterns, scoped flags (?i:...), atomic groups and
// possessive quantifiers (3.11), octal escapes and {,n}. Errors carry CPython's messages and
// positions ("nothing to repeat at position 0"). Every RegExp uses the `v` flag; literal
// characters are written as \u{...} so no JavaScript escaping rule can bite.
import { callValue } from "../runtime/call";
import { fn, makeModule } from "../runtime/native";
import { None, plainValue, PyDict, PyList, PyTuple, type PyModule, type PyValue } from "../runtime/value";
import { dictSet } from "../runtime/containers";

// Python's flag values
const I = 2;
const L = 4;
const M = 8;
const S = 16;
const U = 32;
const X = 64;
const A = 256;

const FLAG_LETTERS: Record<string, number> = { a: A, i: I, L, m: M, s: S, u: U, x: X };

class PatternError {
  constructor(
    public msg: string,
    public pos: number,
  ) {}
}

const lit = (c: number): string => `\\u{${c.toString(16)}}`;
const NOTHING_AFTER = "(?![\\s\\S])";
const NOTHING_BEFORE = "(?<![\\s\\S])";

function classes(ascii: boolean) {
  const word = ascii ? "[a-zA-Z0-9_]" : "[\\p{L}\\p{N}_]";
  const digit = ascii ? "[0-9]" : "\\p{Nd}";
  const space = ascii ? "[ \\t\\n\\r\\f\\v]" : "[\\t\\n\\v\\f\\r\\u{1c}-\\u{1f} \\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}]";
  const not = (c: string) => (c.startsWith("[") ? "[^" + c.slice(1) : `\\P{${c.slice(3, -1)}}`);
  return { d: digit, D: not(digit), w: word, W: not(word), s: space, S: not(space) };
}

// Python group n is the JS named group g<n>; the atomic-group emulation adds groups a<k>.
// Names keep the numbering right even when an atomic wrapper opens before groups it contains.
type Translated = {
  source: string;
  groups: number;
  names: Map<string, number>;
  /** the group each group is nested in (0 at the top), index 0 unused */
  parents: number[];
  flags: number;
  /** whether any part can consume characters (outside lookarounds): if not, it only ever
   * matches empty strings */
  consumes: boolean;
};

/** One pass over a Python pattern, writing the JS pattern as it goes. */
class Translator {
  i = 0;
  groups = 0;
  atomics = 0;
  names = new Map<string, number>();
  open = new Set<number>();
  parents: number[] = [0];
  enclosing: number[] = [];
  lookaround = 0;
  consumes = false;
  constructor(
    private p: string,
    public flags: number,
  ) {}

  fail(msg: string, pos: number): never {
    throw new PatternError(msg, pos);
  }

  translate(): Translated {
    this.leadingFlags();
    const source = this.alternation(this.flags);
    if (this.i < this.p.length) {
      // only an unmatched ) stops the top level early
      this.fail("unbalanced parenthesis", this.i);
    }
    return { source, groups: this.groups, names: this.names, parents: this.parents, flags: this.flags, consumes: this.consumes };
  }

  /** Flags set by (?aiLmsux) at the very start apply to the whole pattern. */
  leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.p.slice(this.i));
      if (m === null) return;
      for (const ch of m[1]!) this.flags |= FLAG_LETTERS[ch]!;
      this.i += m[0].length;
    }
  }

  skipVerbose(flags: number): void {
    if (!(flags & X)) return;
    for (;;) {
      const c = this.p[this.i];
      if (c === undefined) return;
      if (" \t\n\r\f\v".includes(c)) this.i++;
      else if (c === "#") {
        while (this.i < this.p.length && this.p[this.i] !== "\n") this.i++;
      } else return;
    }
  }

  alternation(flags: number): string {
    const branches = [this.sequence(flags)];
    while (this.p[this.i] === "|") {
      this.i++;
      branches.push(this.sequence(flags));
    }
    return branches.join("|");
  }

  sequence(flags: number): string {
    let out = "";
    for (;;) {
      this.skipVerbose(flags);
      const c = this.p[this.i];
      if (c === undefined || c === "|" || c === ")") return out;
      const start = this.i;
      const atom = this.atom(flags);
      if (atom === null) continue; // a comment group or a flag group
      if (atom[1] && this.lookaround === 0) this.consumes = true;
      out += this.quantified(atom, start, flags);
    }
  }

  /** An atom: [js source, whether a quantifier may follow it]. */
  atom(flags: number): [string, boolean] | null {
    const p = this.p;
    const start = this.i;
    const c = p[this.i]!;
    switch (c) {
      case "(":
        return this.group(flags);
      case "[":
        return [this.charClass(flags), true];
      case ".":
        this.i++;
        return [flags & S ? "[\\s\\S]" : "[^\\n]", true];
      case "^":
        this.i++;
        return [flags & M ? `(?:${NOTHING_BEFORE}|(?<=\\n))` : NOTHING_BEFORE, false];
      case "$":
        this.i++;
        return [flags & M ? `(?=\\n|${NOTHING_AFTER})` : `(?=\\n?${NOTHING_AFTER})`, false];
      case "*":
      case "+":
      case "?":
        return this.fail("nothing to repeat", start);
      case "{":
        if (this.quantifierAt(this.i) !== null) this.fail("nothing to repeat", start);
        this.i++;
        return [this.literal(c.charCodeAt(0), flags), true];
      case "\\":
        return this.escape(flags);
    }
    const cp = p.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return [this.literal(cp, flags), true];
  }

  literal(cp: number, flags: number): string {
    // a case-insensitive stretch inside a case-sensitive pattern: both cases, spelled out
    if (flags & I && !(this.flags & I)) {
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) return `[${lit(lower.codePointAt(0)!)}${lit(upper.codePointAt(0)!)}]`;
    }
    return lit(cp);
  }

  /** {m}, {m,}, {,n}, {m,n} at index i: [min, max|null, length], or null if not a quantifier. */
  quantifierAt(i: number): [number, number | null, number] | null {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.p.slice(i));
    if (m === null || (m[1] === "" && m[2] === "")) return null;
    if (m[2] === "" && m[3] !== "") return null;
    const min = m[1] === "" ? 0 : Number(m[1]);
    const max = m[2] === "" ? min : m[3] === "" ? null : Number(m[3]);
    return [min, max, m[0].length];
  }

  quantified(atom: [string, boolean], start: number, flags: number): string {
    const [src, repeatable] = atom;
    let out = src;
    let quantified = false;
    for (;;) {
      this.skipVerbose(flags);
      const at = this.i;
      const c = this.p[at];
      let q: string | null = null;
      if (c === "*" || c === "+" || c === "?") {
        q = c;
        this.i++;
      } else if (c === "{") {
        const r = this.quantifierAt(at);
        if (r !== null) {
          const [min, max, len] = r;
          if (max !== null && min > max) this.fail("min repeat greater than max repeat", at + 1);
          q = max === min ? `{${min}}` : `{${min},${max ?? ""}}`;
          this.i += len;
        }
      }
      if (q === null) return out;
      if (quantified) this.fail("multiple repeat", at);
      if (!repeatable) this.fail("nothing to repeat", at);
      quantified = true;
      const wrapped = `(?:${out})`;
      if (this.p[this.i] === "?") {
        this.i++;
        out = wrapped + q + "?";
      } else if (this.p[this.i] === "+") {
        // possessive: match greedily once, never give back (an atomic group around it)
        this.i++;
        out = this.atomic(wrapped + q);
      } else out = wrapped + q;
    }
  }

  /** JS has no atomic groups: (?=(X))\k matches X once and never backtracks into it. */
  atomic(src: string): string {
    const name = `a${++this.atomics}`;
    return `(?:(?=(?<${name}>${src}))\\k<${name}>)`;
  }

  group(flags: number): [string, boolean] | null {
    const p = this.p;
    const start = this.i;
    this.i++;
    if (p[this.i] !== "?") return this.capture(flags, start, null);
    this.i++;
    const c = p[this.i];
    if (c === undefined) this.fail("unexpected end of pattern", this.i);
    if (c === "P") {
      this.i++;
      if (p[this.i] === "<") {
        this.i++;
        return this.capture(flags, start, this.groupName(">"));
      }
      if (p[this.i] === "=") {
        this.i++;
        const nameAt = this.i;
        const name = this.groupName(")");
        const n = this.names.get(name);
        if (n === undefined) this.fail(`unknown group name '${name}'`, nameAt);
        if (this.open.has(n!)) this.fail("cannot refer to an open group", nameAt - 4);
        return [`(?:\\k<g${n!}>)`, true];
      }
      if (p[this.i] === undefined) this.fail("unexpected end of pattern", this.i);
      this.fail(`unknown extension ?P${p[this.i]}`, start + 1);
    }
    if (c === ":") {
      this.i++;
      return [`(?:${this.body(flags, start)})`, true];
    }
    if (c === "=" || c === "!") {
      this.i++;
      this.lookaround++;
      const body = this.body(flags, start);
      this.lookaround--;
      return [`(?${c}${body})`, false];
    }
    if (c === "<") {
      const d = p[this.i + 1];
      if (d === "=" || d === "!") {
        this.i += 2;
        this.lookaround++;
        const body = this.body(flags, start);
        this.lookaround--;
        return [`(?<${d}${body})`, false];
      }
      if (d === undefined) this.fail("unexpected end of pattern", this.i + 1);
      this.fail(`unknown extension ?<${d}`, start + 1);
    }
    if (c === "#") {
      const end = p.indexOf(")", this.i);
      if (end < 0) this.fail("missing ), unterminated comment", start);
      this.i = end + 1;
      return null;
    }
    if (c === ">") {
      this.i++;
      return [this.atomic(this.body(flags, start)), true];
    }
    if (c === "(") this.fail("conditional groups (?(...)...) are not supported by the sandbox", start);
    // flags: (?imsx) is only allowed at the start; (?imsx-imsx:...) scopes them
    const m = /^([aiLmsux]*)(?:-([imsx]*))?([:)])?/.exec(p.slice(this.i));
    if (m === null || (m[1] === "" && m[2] === undefined)) this.fail(`unknown extension ?${c}`, start + 1);
    if (m![3] === undefined) {
      const at = this.i + m![0].length;
      if (at >= p.length) this.fail("missing -, : or )", at);
      this.fail(`unknown flag`, at);
    }
    this.i += m![0].length;
    if (m![3] === ")") this.fail("global flags not at the start of the expression", start);
    let scoped = flags;
    for (const ch of m![1]!) scoped |= FLAG_LETTERS[ch]!;
    for (const ch of m![2] ?? "") scoped &= ~FLAG_LETTERS[ch]!;
    return [`(?:${this.alternationUntilClose(scoped, start)})`, true];
  }

  capture(flags: number, start: number, name: string | null): [string, boolean] {
    const n = ++this.groups;
    if (name !== null) {
      const before = this.names.get(name);
      if (before !== undefined) this.fail(`redefinition of group name '${name}' as group ${n}; was group ${before}`, this.i - name.length - 1);
      this.names.set(name, n);
    }
    this.parents[n] = this.enclosing.length ? this.enclosing[this.enclosing.length - 1]! : 0;
    this.open.add(n);
    this.enclosing.push(n);
    const inner = this.alternationUntilClose(flags, start);
    this.enclosing.pop();
    this.open.delete(n);
    return [`(?<g${n}>${inner})`, true];
  }

  body(flags: number, start: number): string {
    return this.alternationUntilClose(flags, start);
  }

  alternationUntilClose(flags: number, start: number): string {
    const inner = this.alternation(flags);
    if (this.p[this.i] !== ")") this.fail("missing ), unterminated subpattern", start);
    this.i++;
    return inner;
  }

  groupName(end: string): string {
    const from = this.i;
    const close = this.p.indexOf(end, from);
    if (close < 0) this.fail(`missing ${end}, unterminated name`, from);
    const name = this.p.slice(from, close);
    if (name === "") this.fail("missing group name", from);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) this.fail(`bad character in group name '${name}'`, from);
    this.i = close + 1;
    return name;
  }

  /** A backslash outside a class: [js source, repeatable]. */
  escape(flags: number): [string, boolean] {
    const p = this.p;
    const start = this.i;
    const c = p[this.i + 1];
    if (c === undefined) this.fail("bad escape (end of pattern)", start);
    this.i += 2;
    const cls = classes(!!(flags & A));
    switch (c) {
      case "d":
      case "D":
      case "w":
      case "W":
      case "s":
      case "S":
        return [cls[c], true];
      case "A":
        return [NOTHING_BEFORE, false];
      case "Z":
        return [NOTHING_AFTER, false];
      case "b":
      case "B": {
        const w = cls.w;
        const edge = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
        return [c === "b" ? edge : `(?!${edge})`, false];
      }
    }
    if (c! >= "1" && c! <= "9") {
      // \1..\99 is a group reference; three octal digits (or a leading 0) are a character
      const m = /^[0-9]{1,3}/.exec(p.slice(start + 1))![0];
      if (/^[0-7]{3}$/.test(m)) {
        this.i = start + 4;
        const v = parseInt(m, 8);
        if (v > 0o377) this.fail(`octal escape value \\${m} outside of range 0-0o377`, start);
        return [this.literal(v, flags), true];
      }
      const ref = m.slice(0, 2);
      this.i = start + 1 + ref.length;
      const n = Number(ref);
      if (n > this.groups) this.fail(`invalid group reference ${n}`, start + 1);
      if (this.open.has(n)) this.fail("cannot refer to an open group", start);
      return [`(?:\\k<g${n}>)`, true];
    }
    this.i = start;
    return [this.literal(this.charEscape(true), flags), true];
  }

  /** A character escape at this.i (\n, \x41, \u00e9, \0, \., ...); returns its code point. */
  charEscape(outside: boolean): number {
    const p = this.p;
    const start = this.i;
    const c = p[this.i + 1];
    if (c === undefined) this.fail("bad escape (end of pattern)", start);
    this.i += 2;
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };
    if (c! in simple) return simple[c!]!;
    if (!outside && c === "b") return 8;
    const hex = (len: number, name: string): number => {
      const digits = p.slice(this.i, this.i + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(digits)) this.fail(`incomplete escape \\${name}${digits}`, start);
      this.i += len;
      return parseInt(digits, 16);
    };
    if (c === "x") return hex(2, "x");
    if (c === "u") return hex(4, "u");
    if (c === "U") {
      const v = hex(8, "U");
      if (v > 0x10ffff) this.fail(`bad escape \\U${p.slice(start + 2, start + 10)}`, start);
      return v;
    }
    if (c === "N") this.fail("named Unicode escapes \\N{...} are not supported by the sandbox", start);
    if (c! >= "0" && c! <= "7") {
      const m = /^[0-7]{1,3}/.exec(p.slice(start + 1))![0];
      if (c !== "0" && m.length < 3 && outside) this.fail(`invalid group reference ${m}`, start + 1);
      this.i = start + 1 + m.length;
      return parseInt(m, 8);
    }
    if (/[A-Za-z0-9]/.test(c!)) this.fail(`bad escape \\${c}`, start);
    const cp = p.codePointAt(start + 1)!;
    this.i = start + 1 + (cp > 0xffff ? 2 : 1);
    return cp;
  }

  charClass(flags: number): string {
    const p = this.p;
    const start = this.i;
    this.i++;
    let negate = false;
    if (p[this.i] === "^") {
      negate = true;
      this.i++;
    }
    const cls = classes(!!(flags & A));
    const items: string[] = [];
    let first = true;
    for (;;) {
      const c = p[this.i];
      if (c === undefined) this.fail("unterminated character set", start);
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemAt = this.i;
      let lo: number;
      if (c === "\\") {
        const e = p[this.i + 1];
        if (e !== undefined && "dDwWsS".includes(e)) {
          this.i += 2;
          items.push(cls[e as "d"]);
          continue;
        }
        lo = this.charEscape(false);
      } else {
        lo = p.codePointAt(this.i)!;
        this.i += lo > 0xffff ? 2 : 1;
      }
      if (p[this.i] === "-" && p[this.i + 1] !== undefined && p[this.i + 1] !== "]") {
        this.i++;
        let hi: number;
        if (p[this.i] === "\\") {
          const e = p[this.i + 1];
          if (e !== undefined && "dDwWsS".includes(e)) this.fail(`bad character range ${p.slice(itemAt, this.i + 2)}`, itemAt);
          hi = this.charEscape(false);
        } else {
          hi = p.codePointAt(this.i)!;
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (hi < lo) this.fail(`bad character range ${p.slice(itemAt, this.i)}`, itemAt);
        items.push(this.rangeItem(lo, hi, flags));
      } else items.push(this.rangeItem(lo, lo, flags));
    }
    return `[${negate ? "^" : ""}${items.join("")}]`;
  }

  rangeItem(lo: number, hi: number, flags: number): string {
    const base = lo === hi ? lit(lo) : `${lit(lo)}-${lit(hi)}`;
    if (!(flags & I) || this.flags & I || lo !== hi) return base;
    return this.literal(lo, flags).replace(/^\[|\]$/g, "");
  }
}

type Compiled = Translated & { search: RegExp; sticky: RegExp; whole: RegExp; nonEmpty: Map<number, RegExp> };

function compile(pattern: string, flags: number): Compiled {
  const t = new Translator(pattern, flags).translate();
  const js = "dv" + (t.flags & I ? "i" : "");
  return {
    ...t,
    search: new RegExp(t.source, js + "g"),
    sticky: new RegExp(t.source, js + "y"),
    whole: new RegExp(`(?:${t.source})${NOTHING_AFTER}`, js + "y"),
    nonEmpty: new Map(),
  };
}

/** The spans of a match: [start0, end0, start1, end1, ...] in Python's group numbering, as
 * UTF-16 offsets. */
function spans(c: Compiled, m: RegExpExecArray): number[] {
  const out: number[] = [];
  const ind = m.indices!;
  for (let g = 0; g <= c.groups; g++) {
    const span = g === 0 ? ind[0] : ind.groups![`g${g}`];
    if (span === undefined) out.push(-1, -1);
    else out.push(span[0], span[1]);
  }
  return out;
}

/** A non-empty match starting exactly at `at`: the pattern followed by a lookbehind that needs
 * more than `at` characters before the end (made per position, only after an empty match). */
function nonEmptyAt(c: Compiled, s: string, at: number): number[] | null {
  let re = c.nonEmpty.get(at);
  if (re === undefined) {
    if (c.nonEmpty.size > 64) c.nonEmpty.clear();
    re = new RegExp(`(?:${c.source})(?<=[\\s\\S]{${at + 1}})`, c.sticky.flags);
    c.nonEmpty.set(at, re);
  }
  re.lastIndex = at;
  const m = re.exec(s);
  return m === null ? null : spans(c, m);
}

// mode: 0 search, 1 match (at pos), 2 fullmatch
function matchAt(c: Compiled, s: string, pos: number, mode: number): number[] | null {
  const re = mode === 0 ? c.search : mode === 1 ? c.sticky : c.whole;
  re.lastIndex = pos;
  const m = re.exec(s);
  return m === null ? null : spans(c, m);
}

/** Python indexes strings by code point, JS by UTF-16 unit: the two differ once a character
 * outside the BMP (an emoji) appears. */
class Offsets {
  private toUnit: number[] | null = null;
  private toPoint: Map<number, number> | null = null;
  constructor(s: string) {
    if (!/[\ud800-\udfff]/.test(s)) return;
    this.toUnit = [];
    this.toPoint = new Map();
    let unit = 0;
    let point = 0;
    for (const ch of s) {
      this.toUnit.push(unit);
      this.toPoint.set(unit, point);
      unit += ch.length;
      point++;
    }
    this.toUnit.push(unit);
    this.toPoint.set(unit, point);
  }
  points(): number {
    return this.toUnit === null ? -1 : this.toUnit.length - 1;
  }
  unit(point: number): number {
    return this.toUnit === null ? point : this.toUnit[point]!;
  }
  point(unit: number): number {
    return this.toPoint === null || unit < 0 ? unit : this.toPoint.get(unit)!;
  }
  convert(sp: number[]): number[] {
    return this.toPoint === null ? sp : sp.map((u) => this.point(u));
  }
}

/** The text to search (cut at endpos) and where to start, in UTF-16 units. */
function bounds(s: string, off: Offsets, pos: PyValue, endpos: PyValue): [string, number] {
  const len = off.points() < 0 ? s.length : off.points();
  let start = pos === undefined || pos === None ? 0 : Number(pos);
  let end = endpos === undefined || endpos === None ? len : Number(endpos);
  if (start < 0) start = 0;
  if (end > len) end = len;
  if (end < 0) end = 0;
  start = Math.min(start, end);
  return [end < len ? s.slice(0, off.unit(end)) : s, off.unit(start)];
}

const toList = (sp: number[]): PyList => new PyList(sp);

export function makeReCore(): PyModule {
  const cache = new Map<string, Compiled>();
  const get = (pattern: PyValue, flags: PyValue, errorClass: PyValue): Compiled => {
    // a str subclass instance is matched as the str it carries
    pattern = plainValue(pattern);
    const key = `${Number(flags)}:${pattern as string}`;
    let c = cache.get(key);
    if (c === undefined) {
      try {
        c = compile(pattern as string, Number(flags));
      } catch (e) {
        if (e instanceof PatternError) throw callValue(errorClass, [e.msg, pattern, e.pos], null);
        if (e instanceof SyntaxError) throw callValue(errorClass, [`pattern not supported by the sandbox's regular-expression engine (${e.message})`, pattern, 0], null);
        throw e;
      }
      if (cache.size > 512) cache.clear();
      cache.set(key, c);
    }
    return c;
  };
  return makeModule("_re_core", {
    // compile(pattern, flags, error) -> (flags with inline ones, groups, {name: group}, parents)
    compile: fn("compile", ([pattern, flags, errorClass]) => {
      const c = get(pattern!, flags!, errorClass!);
      const names = new PyDict();
      for (const [k, v] of c.names) dictSet(names, k, v);
      return new PyTuple([c.flags, c.groups, names, new PyList(c.parents)]);
    }),
    // match(pattern, flags, string, pos, endpos, mode) -> spans or None
    match: fn("match", ([pattern, flags, string, pos, endpos, mode]) => {
      const c = get(pattern!, flags!, None);
      const text = plainValue(string!) as string;
      const off = new Offsets(text);
      const [s, start] = bounds(text, off, pos!, endpos!);
      const sp = matchAt(c, s, start, Number(mode));
      return sp === null ? None : toList(off.convert(sp));
    }),
    // scan(pattern, flags, string, pos, endpos, limit) -> [spans...] of successive matches. An
    // empty match may follow a non-empty one at the same place, but not another empty one:
    // then the match must move on (a longer match there, or the next place), as in 3.7+.
    scan: fn("scan", ([pattern, flags, string, pos, endpos, limit]) => {
      const c = get(pattern!, flags!, None);
      const text = plainValue(string!) as string;
      const off = new Offsets(text);
      const [s, start] = bounds(text, off, pos!, endpos!);
      const max = limit === undefined || limit === None || Number(limit) <= 0 ? Infinity : Number(limit);
      const found: PyValue[] = [];
      let at = start;
      let mustAdvance = false;
      while (found.length < max && at <= s.length) {
        let sp = matchAt(c, s, at, 0);
        if (sp === null) break;
        if (mustAdvance && sp[0] === at && sp[1] === at) {
          sp = c.consumes ? nonEmptyAt(c, s, at) : null;
          if (sp === null) {
            // nothing but the empty match here: look from the next character on
            const next = at + (s.codePointAt(at)! > 0xffff ? 2 : 1);
            if (next > s.length) break;
            sp = matchAt(c, s, next, 0);
            if (sp === null) break;
          }
        }
        found.push(toList(off.convert(sp)));
        mustAdvance = sp[0] === sp[1];
        at = sp[1]!;
      }
      return new PyList(found);
    }),
  });
}
