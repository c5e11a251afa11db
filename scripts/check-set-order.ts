// Random programs that build, change and print sets of strs, bytes, numbers, tuples and frozensets,
// run in the sandbox and in `PYTHONHASHSEED=0 python3` (one process each), compared line by line. Set iteration order
// follows the elements' hashes (SipHash-1-3 for str/bytes), so any slip in the hash or the table
// model shows up as a different line. A check to run by hand, not part of the test suite:
//
//   npx tsx scripts/check-set-order.ts [--count 300] [--seed 1] [--hash-seed 0] [--show]
//
// --show prints the first program that differs. Exit status 1 when any program differs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runProgram } from "../lib/sandbox/index";

const args = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const count = flag("--count", 300);
const hashSeed = flag("--hash-seed", 0);
let rng = flag("--seed", 1) >>> 0 || 1;
const show = args.includes("--show");

/** xorshift32: the programs depend only on --seed */
function rand(n: number): number {
  rng ^= rng << 13;
  rng >>>= 0;
  rng ^= rng >>> 17;
  rng ^= rng << 5;
  rng >>>= 0;
  return rng % n;
}
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const WIDE = ["é", "ß", "€", "中", "😀", "ω"];

// words that are identifiers at CPython start-up, in the programs below, or neither
const NAMED = ["apple", "banana", "read", "write", "name", "zeta", "kiwi", "x", "Q"];

function word(): string {
  if (rand(6) === 0) return pick(NAMED);
  let s = "";
  const n = 1 + rand(6);
  for (let i = 0; i < n; i++) s += rand(12) === 0 ? pick(WIDE) : LETTERS[rand(LETTERS.length)];
  return s;
}

function strLit(s: string): string {
  return JSON.stringify(s);
}

function element(depth = 0): string {
  switch (rand(depth > 0 ? 7 : 10)) {
    case 0:
    case 1:
    case 2:
      return strLit(word());
    case 3:
      return `b${strLit(word().replace(/[^a-z]/g, "x"))}`;
    case 4:
      return String(rand(200) - 20);
    case 5:
      return pick(["2**40", "-(2**33)", "2**64 + 7", "10**20", "1 << 62", "-1", "-2"]);
    case 6:
      return pick(["1.5", "-0.25", "0.1", "1e100", "2.0", "-3.75", "float('inf')", "1e-7"]);
    case 7:
      return `(${element(depth + 1)}, ${element(depth + 1)})`;
    case 8:
      return `frozenset({${element(depth + 1)}, ${element(depth + 1)}})`;
    default:
      return pick(["True", "False", "()", `(${element(depth + 1)},)`]);
  }
}

function elements(n: number): string[] {
  return Array.from({ length: n }, () => element());
}

/** one program: a few sets, a run of operations on them, each result printed */
function program(): string {
  const lines: string[] = [];
  const names = ["a", "b", "c"];
  // a name in the program makes CPython's parser intern it before any constant
  if (rand(2) === 0) lines.push("zeta = banana = kiwi = 0");
  for (const nm of names) {
    const n = rand(12);
    switch (rand(4)) {
      case 0:
        lines.push(`${nm} = {${elements(Math.max(1, n)).join(", ")}}`);
        break;
      case 1:
        lines.push(`${nm} = set([${elements(n).join(", ")}])`);
        break;
      case 2:
        lines.push(`${nm} = {x for x in [${elements(n).join(", ")}]}`);
        break;
      default:
        lines.push(`${nm} = set()`, ...elements(n).map((e) => `${nm}.add(${e})`));
    }
  }
  const steps = 4 + rand(10);
  for (let i = 0; i < steps; i++) {
    const x = pick(names);
    const y = pick(names);
    switch (rand(16)) {
      case 0:
        lines.push(`${x}.add(${element()})`);
        break;
      case 1:
        lines.push(`${x}.discard(${element()})`);
        break;
      case 2:
        lines.push(`${x}.update([${elements(rand(20)).join(", ")}])`);
        break;
      case 3:
        lines.push(`${x} |= ${y}`);
        break;
      case 4:
        lines.push(`${x} &= ${y} | {${elements(3).join(", ")}}`);
        break;
      case 5:
        lines.push(`${x} -= {${elements(2).join(", ")}}`);
        break;
      case 6:
        lines.push(`${x} ^= ${y}`);
        break;
      case 7:
        lines.push(`print(${x} | ${y}, ${x} & ${y}, ${x} - ${y}, ${x} ^ ${y})`);
        break;
      case 8:
        lines.push(`if ${x}: print(${x}.pop(), ${x}.pop() if ${x} else None)`);
        break;
      case 9:
        lines.push(`print(frozenset(${x}), ${x}.copy(), set(dict.fromkeys(${x})))`);
        break;
      case 10:
        lines.push(`print([hash(v) for v in ${x}])`);
        break;
      case 11:
        lines.push(`print(hash(frozenset(${x})), hash(tuple(${x})))`);
        break;
      case 12:
        lines.push(`${x} = ${x}.union([${elements(rand(8)).join(", ")}])`);
        break;
      case 13:
        lines.push(`print({v: 1 for v in ${x}}, list(${x}))`);
        break;
      case 14:
        lines.push(`for v in list(${x})[::2]: ${x}.remove(v)`);
        break;
      default:
        lines.push(`print(${x}.intersection([${elements(4).join(", ")}], ${y}), ${x}.difference(${y}))`);
    }
    lines.push(`print(${x})`);
  }
  lines.push(`print(a, b, c)`);
  return lines.join("\n") + "\n";
}

const programs = Array.from({ length: count }, program);

// CPython: each program in a fresh interpreter with a stock start-up (site without the machine's
// .pth files), as the sandbox models it: which strings start-up interned can decide a set
// display's order (compile/interned.ts)
const STOCK = [
  "import site, sys",
  "site.addpackage = lambda *a, **k: None",
  "site.main()",
  "p = sys.argv[1]",
  "try:",
  "    exec(compile(open(p).read(), p, 'exec'), {'__name__': '__main__'})",
  "except Exception as e:",
  "    print(type(e).__name__, e)",
].join("\n");
const dir = mkdtempSync(join(tmpdir(), "set-order-"));
const expected = programs.map((src, i) => {
  const file = join(dir, `p${i}.py`);
  writeFileSync(file, src);
  const py = spawnSync("python3", ["-S", "-c", STOCK, file], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: String(hashSeed) } });
  if (py.status !== 0) {
    process.stderr.write(py.stderr);
    process.exit(2);
  }
  return py.stdout;
});
rmSync(dir, { recursive: true, force: true });

let failed = 0;
let lines = 0;
for (let i = 0; i < programs.length; i++) {
  const r = runProgram(programs[i]!, { hashSeed });
  const got = r.stdout + (r.exitCode !== 0 ? r.stderr.trim().split("\n").pop()!.replace(/: /, " ") + "\n" : "");
  lines += expected[i]!.split("\n").length - 1;
  if (got === expected[i]) continue;
  failed++;
  if (show && failed <= flag("--show-n", 1)) {
    console.log(`--- program ${i}\n${programs[i]}--- CPython\n${expected[i]}--- sandbox\n${got}`);
  }
}
console.log(`${count - failed} of ${count} programs (${lines} printed lines) print what PYTHONHASHSEED=${hashSeed} python3 prints`);
process.exit(failed ? 1 : 0);
