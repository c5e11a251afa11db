// Lists the runs of lines the sandbox's Python modules share with CPython's Lib/ (see
// scripts/lib/stdlib-provenance.ts for what counts), for review: each run with its CPython
// place, and its lines marked * where the behaviour does not dictate them.
//
//   npx tsx scripts/check-stdlib-provenance.ts [--lib /usr/lib/python3.11] [--min-free 5]
//
// Exit status 1 when a run has --min-free or more free lines (the unit test's rule), 2 when the
// Lib/ directory is missing.
import { existsSync } from "node:fs";
import { CPYTHON_LIB, findSharedRuns, indexCpython, isForced } from "./lib/stdlib-provenance";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return (at >= 0 ? args[at + 1] : undefined) ?? fallback;
};
const lib = option("--lib", CPYTHON_LIB);
const minFree = Number(option("--min-free", "5"));
if (!existsSync(lib)) {
  console.error(`no CPython Lib/ at ${lib}: nothing to compare with`);
  process.exit(2);
}
const runs = findSharedRuns(indexCpython(lib));
for (const run of runs) {
  console.log(`${run.file}:${run.from}-${run.to}  ${run.text.length} lines, ${run.free} free  = ${run.cpython}`);
  for (const line of run.text) console.log(`  ${isForced(line) ? " " : "*"} ${line}`);
}
const copies = runs.filter((run) => run.free >= minFree);
console.log(`${runs.length} shared runs; ${copies.length} with ${minFree} or more free lines`);
process.exit(copies.length ? 1 : 0);
