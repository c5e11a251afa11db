// Issue 16's provenance rule for the sandbox's Python modules (lib/sandbox/stdlib): they are
// written from CPython's documented behaviour, never pasted from its Lib/. This finds the runs of
// lines a sandbox module shares with any module of a CPython Lib/ directory.
//
// Lines are compared with whitespace collapsed and quotes unified, after dropping blank lines and
// lines too common to mean anything (`else:`, `return`, `pass` …). A shared run is three or more
// such lines in a row, identical to consecutive lines of one CPython file. Within a run, lines
// whose text the behaviour dictates are "forced" (a signature, a class header, a decorator, a
// parameter stored under its own name, a constant, a raise with the message CPython prints, an
// except clause, an import, an isinstance guard); the others are "free", and the number of free
// lines is what says whether a run is a copy or a coincidence of the API.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const CPYTHON_LIB = "/usr/lib/python3.11";
export const SANDBOX_STDLIB = join(__dirname, "..", "..", "lib", "sandbox", "stdlib");

export type TSharedRun = {
  file: string; // sandbox path relative to SANDBOX_STDLIB
  from: number;
  to: number; // 1-based line numbers in the sandbox file
  cpython: string; // "path:from-to" in the CPython Lib/ directory
  text: string[]; // the shared significant lines, normalised
  free: number; // how many of them are not forced by behaviour
};

type TLine = { norm: string; line: number };
type TFile = { rel: string; lines: TLine[] };
type TPlace = { file: TFile; at: number };
export type TCpythonIndex = { windows: Map<string, TPlace[]>; minRun: number };

// Directories of Lib/ that are not the standard library's modules (tests, installed packages).
const SKIP_DIRS = new Set(["site-packages", "dist-packages", "__pycache__", "test", "idlelib"]);

function listPython(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!skip(entry.name)) visit(full);
      } else if (entry.name.endsWith(".py")) out.push(full);
    }
  };
  visit(dir);
  return out;
}

export function normaliseLine(line: string): string {
  return line.trim().replace(/\s+/g, " ").replaceAll("'", '"');
}

const TRIVIAL = new Set(
  [
    "else:",
    "try:",
    "finally:",
    "pass",
    "return",
    "break",
    "continue",
    "raise",
    "return None",
    "return self",
    "return True",
    "return False",
    "return result",
    "except:",
    '"""',
    "@property",
    "@classmethod",
    "@staticmethod",
    "return NotImplemented",
    ")",
    "]",
    "}",
    "),",
    "],",
    "},",
    "except Exception:",
    "except BaseException:",
    "yield",
  ].map(normaliseLine),
);

function isTrivial(norm: string): boolean {
  if (TRIVIAL.has(norm)) return true;
  if (/^[#"'\s\-=*]*$/.test(norm)) return true; // blank, a bare comment marker, a rule
  return norm.length < 8;
}

const FORCED = [
  /^(async )?def \w+\(.*\):$/,
  /^class \w+(\(.*\))?:$/,
  /^@[\w.]+(\(.*\))?$/,
  /^__slots__ = /,
  /^self\._?(\w+) = \1$/,
  /^[A-Za-z_][\w.]* = (-?\d+|"[^"]*"|\w+)$/,
  /^raise \w+(\(.*\))?( from None)?$/,
  /^except [\w(), ]+:$/,
  /^__\w+__ = \w+$/,
  /^(import|from) [\w.]+/,
  /^if not isinstance\(\w+, [\w.]+\):$/,
];

export function isForced(norm: string): boolean {
  return FORCED.some((re) => re.test(norm));
}

function significantLines(text: string): TLine[] {
  const out: TLine[] = [];
  text.split("\n").forEach((raw, i) => {
    const norm = normaliseLine(raw);
    if (!isTrivial(norm)) out.push({ norm, line: i + 1 });
  });
  return out;
}

const windowKey = (lines: TLine[], at: number, size: number): string =>
  lines
    .slice(at, at + size)
    .map((l) => l.norm)
    .join("\u0000");

/** Every window of `minRun` significant lines in CPython's Lib/ (at most four places each). */
export function indexCpython(libDir: string = CPYTHON_LIB, minRun = 3): TCpythonIndex {
  const windows: TCpythonIndex["windows"] = new Map();
  for (const path of listPython(libDir, (name) => SKIP_DIRS.has(name))) {
    const file = { rel: relative(libDir, path).split(sep).join("/"), lines: significantLines(readFileSync(path, "utf8")) };
    for (let at = 0; at + minRun <= file.lines.length; at++) {
      const key = windowKey(file.lines, at, minRun);
      const places = windows.get(key) ?? [];
      if (places.length < 4) places.push({ file, at });
      windows.set(key, places);
    }
  }
  return { windows, minRun };
}

/** The runs each sandbox module shares with CPython, each extended as far as it goes. */
export function findSharedRuns(index: TCpythonIndex, sandboxDir: string = SANDBOX_STDLIB): TSharedRun[] {
  const found: TSharedRun[] = [];
  for (const path of listPython(sandboxDir)) {
    const rel = relative(sandboxDir, path).split(sep).join("/");
    const lines = significantLines(readFileSync(path, "utf8"));
    let i = 0;
    while (i + index.minRun <= lines.length) {
      const places = index.windows.get(windowKey(lines, i, index.minRun));
      if (!places) {
        i++;
        continue;
      }
      // how far the run goes on from `at` in both files
      const runLength = (place: TPlace): number => {
        let length = index.minRun;
        while (lines[i + length]?.norm !== undefined && lines[i + length]?.norm === place.file.lines[place.at + length]?.norm) length++;
        return length;
      };
      let best: { length: number; place: TPlace } | undefined;
      for (const place of places) {
        const length = runLength(place);
        if (!best || length > best.length) best = { length, place };
      }
      if (!best) break;
      const run = lines.slice(i, i + best.length);
      const theirs = best.place.file.lines.slice(best.place.at, best.place.at + best.length);
      found.push({
        file: rel,
        from: run[0]?.line ?? 0,
        to: run.at(-1)?.line ?? 0,
        cpython: `${best.place.file.rel}:${theirs[0]?.line ?? 0}-${theirs.at(-1)?.line ?? 0}`,
        text: run.map((l) => l.norm),
        free: run.filter((l) => !isForced(l.norm)).length,
      });
      i += best.length;
    }
  }
  return found;
}
