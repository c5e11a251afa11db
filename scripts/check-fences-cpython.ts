// The cpython test stage for the banks' python fences: every fence that is not `norun` runs in
// the sandbox (as the question page runs it) and in CPython 3.11 with PYTHONHASHSEED=0, and what
// each prints must be the same. Exit status 1 on any problem, 2 when python3 is not CPython 3.11.
//
//   tsx scripts/check-fences-cpython.ts                 check every bank
//   tsx scripts/check-fences-cpython.ts python/60 python/7#2   only fences whose key starts so
//   tsx scripts/check-fences-cpython.ts --verbose       also show each known gap's difference
//   tsx scripts/check-fences-cpython.ts --json OUT      write every fence's outcome to OUT
//
// A fence is named `<bank>/<question number>#<position among its python fences>`. Problems:
//   - CPython fails on it: a fragment or a deliberate error; make it whole or mark it `norun`;
//   - CPython prints something else on a second run: mark it `varies` (real time, ids, races);
//   - the sandbox fails on it or prints something else, and it is not on the reviewed list of
//     known gaps (content/sandbox-gaps.yaml, by missing feature);
//   - a listed gap that now matches: take it off the list.
// A mismatch is run again in CPython before it counts (a loaded machine can stretch a sleep);
// a rerun that matches is reported as flaky, not failed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { splitFrontMatter } from "../lib/content/front-matter";
import { listPythonFences, type TPythonFence } from "../lib/content/list-code-blocks";
import { parseMarkdown } from "../lib/content/parse-markdown";
import { raisesAsPromised, runFence, runsCleanly, type TFenceRun } from "../lib/content/run-fence";
import { setWorkloadMode } from "../lib/content/sandbox-meta";

const root = join(import.meta.dirname, "..");
const contentDir = join(root, "content");
const gapsFile = join(contentDir, "sandbox-gaps.yaml");
const TIMEOUT_MS = 60_000;
const RERUNS = 2;

type TOutput = { stdout: string; stderr: string; status: number };
type TFenceEntry = { key: string; fence: TPythonFence; variants: { label: string; code: string }[] };
type TOutcome =
  | { kind: "norun" }
  | { kind: "match" }
  | { kind: "varies" }
  | { kind: "gap"; feature: string; detail: string }
  | { kind: "flaky"; detail: string }
  | { kind: "problem"; message: string };
/** runnable: whether the question page gives the fence a Run button */
type TChecked = { outcome: TOutcome; runnable: boolean };

const ZGaps = z.record(z.string(), z.array(z.string().regex(/^[a-z0-9-]+\/\d+#\d+$/, "a fence key looks like python/42#3")));

function readGaps(): Map<string, string> {
  const parsed = ZGaps.parse(existsSync(gapsFile) ? (parse(readFileSync(gapsFile, "utf8")) ?? {}) : {});
  const gaps = new Map<string, string>();
  for (const [feature, keys] of Object.entries(parsed)) {
    for (const key of keys) {
      if (gaps.has(key)) throw new Error(`${key} is listed twice in content/sandbox-gaps.yaml`);
      gaps.set(key, feature);
    }
  }
  return gaps;
}

function listFences(): TFenceEntry[] {
  const banks = readdirSync(contentDir).filter((bank) => existsSync(join(contentDir, bank, "bank.md")));
  return banks.sort().flatMap((bank) =>
    readdirSync(join(contentDir, bank))
      .filter((name) => /^\d+-.*\.md$/.test(name))
      .sort()
      .flatMap((name) => {
        const split = splitFrontMatter(readFileSync(join(contentDir, bank, name), "utf8"));
        if (!split.ok) throw new Error(`${bank}/${name}: ${split.error.message}`);
        return listPythonFences(parseMarkdown(split.body)).map((fence) => ({
          key: `${bank}/${Number.parseInt(name, 10)}#${fence.ordinal}`,
          fence,
          variants:
            fence.options.modes.length === 0
              ? [{ label: "", code: fence.value }]
              : fence.options.modes.map((mode) => ({ label: ` as ${mode}`, code: setWorkloadMode(fence.value, mode) })),
        }));
      }),
  );
}

const stdlibDir = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).stdout.trim();

// Paths differ between machines and runs: the script's own path reads as the sandbox's "<main>",
// the standard library's folder as "<stdlib>" (the sandbox's tracebacks print it that way).
function normalise(text: string, dir: string): string {
  return text.split(join(dir, "main.py")).join("<main>").split(`${stdlibDir}/`).join("<stdlib>/");
}

function runCPython(code: string): Promise<TOutput> {
  const dir = mkdtempSync(join(tmpdir(), "fence-"));
  writeFileSync(join(dir, "main.py"), code);
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("PYTHON")) delete env[name];
  Object.assign(env, { PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" });
  return new Promise((resolve) => {
    const child = spawn("python3", [join(dir, "main.py")], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("close", (status) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      resolve({ stdout: normalise(Buffer.concat(out).toString("utf8"), dir), stderr: normalise(Buffer.concat(err).toString("utf8"), dir), status: status ?? -1 });
    });
  });
}

function sandboxOutput(run: TFenceRun): TOutput {
  return { stdout: run.stdout, stderr: run.stderr, status: run.exitCode };
}

const same = (a: TOutput, b: TOutput) => a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;

function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1)?.trim() ?? "";
}

/** The first differing line of stdout (or stderr, or the status), for one-line reports. */
function firstDifference(want: TOutput, got: TOutput): string {
  for (const stream of ["stdout", "stderr"] as const) {
    if (want[stream] === got[stream]) continue;
    const a = want[stream].split("\n");
    const b = got[stream].split("\n");
    const at = a.findIndex((line, i) => line !== b[i]);
    const i = at < 0 ? a.length : at;
    return `${stream} line ${i + 1}: CPython ${JSON.stringify(a[i] ?? "(end)")}, sandbox ${JSON.stringify(b[i] ?? "(end)")}`;
  }
  return `exit status: CPython ${want.status}, sandbox ${got.status}`;
}

async function checkVariant(
  code: string,
  varies: boolean,
  raises: boolean,
): Promise<{ outcome: "match" | "varies" | "cpython-fails" | "cpython-succeeds" | "needs-varies" | "differs" | "flaky" | "sandbox-fails"; detail: string; runnable: boolean }> {
  const pending = runCPython(code);
  const run = runFence(code);
  const sandbox = sandboxOutput(run);
  const cpython = await pending;
  const runnable = raises ? raisesAsPromised(run) : runsCleanly(run);
  // A `raises` fence ends in its exception on purpose: exit status 1 and the traceback are compared like any output.
  if (raises && cpython.status === 0) return { outcome: "cpython-succeeds", detail: "CPython exits cleanly", runnable };
  if (!raises && cpython.status !== 0)
    return { outcome: "cpython-fails", detail: `CPython exits with status ${cpython.status}: ${lastLine(cpython.stderr) || "no message"}`, runnable };
  if (varies)
    return run.failure === null || (raises && run.raised)
      ? { outcome: "varies", detail: "", runnable }
      : { outcome: "sandbox-fails", detail: `the sandbox fails: ${run.failure}`, runnable };
  if (same(cpython, sandbox)) return { outcome: "match", detail: "", runnable };
  for (let i = 0; i < RERUNS; i++) {
    const again = await runCPython(code);
    if (same(again, sandbox)) return { outcome: "flaky", detail: firstDifference(cpython, sandbox), runnable };
    if (!same(again, cpython))
      return { outcome: "needs-varies", detail: `CPython printed something else on a second run (${firstDifference(cpython, again).replace("sandbox", "then")})`, runnable };
  }
  if (run.failure !== null && !(raises && run.raised)) return { outcome: "sandbox-fails", detail: `the sandbox fails: ${run.failure}`, runnable };
  return { outcome: "differs", detail: firstDifference(cpython, sandbox), runnable };
}

async function checkFence(entry: TFenceEntry, gap: string | undefined): Promise<TChecked> {
  const { options } = entry.fence;
  if (options.norun)
    return { runnable: false, outcome: gap ? { kind: "problem", message: `is \`norun\` but listed as a known gap (${gap}); take it off the list` } : { kind: "norun" } };
  let runnable = true;
  const done = (outcome: TOutcome): TChecked => ({ outcome, runnable });
  let flaky: string | null = null;
  for (const variant of entry.variants) {
    const result = await checkVariant(variant.code, options.varies, options.raises);
    runnable &&= result.runnable || options.sandbox;
    const where = variant.label ? `${variant.label.trim()}: ` : "";
    switch (result.outcome) {
      case "match":
      case "varies":
        continue;
      case "flaky":
        flaky = `${where}${result.detail}`;
        continue;
      case "cpython-fails":
        return done({ kind: "problem", message: `${where}${result.detail}; make it whole, mark it \`raises\` if the error is its point, or \`norun\`` });
      case "cpython-succeeds":
        return done({ kind: "problem", message: `${where}${result.detail}; drop \`raises\`` });
      case "needs-varies":
        return done({ kind: "problem", message: `${where}${result.detail}; mark it \`varies\` if that is its nature` });
      case "sandbox-fails":
      case "differs":
        return done(
          gap
            ? { kind: "gap", feature: gap, detail: `${where}${result.detail}` }
            : { kind: "problem", message: `${where}${result.detail}; fix the sandbox, or list it in content/sandbox-gaps.yaml under the missing feature` },
        );
    }
  }
  if (gap) return done({ kind: "problem", message: `now matches CPython; take it off content/sandbox-gaps.yaml (${gap})` });
  if (flaky) return done({ kind: "flaky", detail: flaky });
  return done(options.varies ? { kind: "varies" } : { kind: "match" });
}

function cpythonVersion(): string {
  const probe = spawnSync("python3", ["-c", "import platform, sys; print(platform.python_implementation(), *sys.version_info[:2])"], { encoding: "utf8" });
  return probe.stdout?.trim() ?? "";
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const jsonAt = args.indexOf("--json");
  const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const filters = args.filter((arg, i) => !arg.startsWith("--") && (jsonAt < 0 || i !== jsonAt + 1));
  if (cpythonVersion() !== "CPython 3 11") {
    console.error(`check-fences-cpython: python3 is ${cpythonVersion() || "missing"}, need CPython 3.11`);
    return 2;
  }
  const gaps = readGaps();
  const all = listFences();
  const known = new Set(all.map((entry) => entry.key));
  const problems: string[] = [...gaps.keys()].filter((key) => !known.has(key)).map((key) => `${key}: listed in content/sandbox-gaps.yaml but there is no such fence`);
  const entries = all.filter((entry) => filters.length === 0 || filters.some((f) => entry.key === f || entry.key.startsWith(f.includes("#") ? f : `${f}#`)));
  const outcomes: ({ key: string; line: number; varies: boolean } & TChecked)[] = [];
  for (const entry of entries) {
    const { outcome, runnable } = await checkFence(entry, gaps.get(entry.key));
    outcomes.push({ key: entry.key, line: entry.fence.line, varies: entry.fence.options.varies, outcome, runnable });
    if (outcome.kind === "problem") problems.push(`${entry.key} (body line ${entry.fence.line}): ${outcome.message}`);
    if (outcome.kind === "flaky") console.log(`FLAKY ${entry.key}: mismatched once, matched on a rerun (${outcome.detail})`);
  }
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(outcomes, null, 1));

  const count = (test: (o: TOutcome) => boolean) => outcomes.filter(({ outcome }) => test(outcome)).length;
  const isMatch = (o: TOutcome) => o.kind === "match" || o.kind === "flaky";
  const byFeature = new Map<string, { key: string; detail: string }[]>();
  for (const { key, outcome } of outcomes) if (outcome.kind === "gap") byFeature.set(outcome.feature, [...(byFeature.get(outcome.feature) ?? []), { key, detail: outcome.detail }]);
  if (byFeature.size > 0) {
    console.log("\nKnown gaps (content/sandbox-gaps.yaml), by missing feature:");
    for (const [feature, list] of [...byFeature].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${list.length.toString().padStart(3)}  ${feature}`);
      if (verbose) for (const { key, detail } of list) console.log(`         ${key}: ${detail}`);
    }
  }
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  const runnable = outcomes.filter((o) => o.runnable).length;
  const deterministic = outcomes.filter((o) => !o.varies && (isMatch(o.outcome) || o.outcome.kind === "gap")).length;
  const matching = count(isMatch);
  console.log(
    `\n${outcomes.length} python fences: ${count((o) => o.kind === "norun")} norun, ${count((o) => o.kind === "varies")} varies (run, output not compared), ` +
      `${matching} of ${deterministic} deterministic ones print what CPython prints, ${count((o) => o.kind === "gap")} known gaps; ` +
      `${runnable} get a Run button` +
      (problems.length > 0 ? `; ${problems.length} problems` : ""),
  );
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
