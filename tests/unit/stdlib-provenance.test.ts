// Issue 16: the sandbox's Python modules are our own code, written from CPython's documented
// behaviour. This fails when a module shares a run of five or more lines with CPython 3.11's Lib/
// that the behaviour does not dictate (scripts/lib/stdlib-provenance.ts says what counts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CPYTHON_LIB, findSharedRuns, indexCpython, type TCpythonIndex } from "../../scripts/lib/stdlib-provenance";

const MIN_FREE = 5;
const haveLib = existsSync(CPYTHON_LIB);
if (!haveLib) console.warn(`stdlib provenance: skipped, no CPython Lib/ at ${CPYTHON_LIB} (apt-get install python3.11)`);

describe.skipIf(!haveLib)("sandbox stdlib provenance", () => {
  let index: TCpythonIndex;
  let planted: string;
  beforeAll(() => {
    index = indexCpython(CPYTHON_LIB);
    planted = mkdtempSync(join(tmpdir(), "provenance-"));
  });
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it("finds no run of lines copied from CPython's Lib/", () => {
    const copies = findSharedRuns(index)
      .filter((run) => run.free >= MIN_FREE)
      .map((run) => `${run.file}:${run.from}-${run.to} = ${run.cpython}`);
    expect(copies, "rewrite these in our own words and structure (npx tsx scripts/check-stdlib-provenance.ts shows the lines)").toEqual([]);
  });

  it("would notice a pasted function, reindented and requoted", () => {
    // heapq.nsmallest's body, pasted with other indentation and quotes
    const source = readFileSync(join(CPYTHON_LIB, "heapq.py"), "utf8");
    const start = source.indexOf("def nsmallest(");
    const body = source.slice(start, source.indexOf("\ndef ", start + 1));
    const pasted = body
      .split("\n")
      .map((line) => "  " + line.replaceAll("'", '"'))
      .join("\n");
    writeFileSync(join(planted, "mine.py"), `class Wrapper:\n${pasted}\n`);
    const runs = findSharedRuns(index, planted).filter((run) => run.free >= MIN_FREE);
    expect(runs.map((run) => run.cpython.split(":")[0])).toContain("heapq.py");
  });
});
