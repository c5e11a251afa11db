import type { Root } from "mdast";
import { runProgram } from "../sandbox";
import { DEFAULT_SETTINGS, UI_INSTRUCTION_BUDGET } from "../sandbox-ui/worker-protocol";
import type { TContentError } from "./front-matter";
import { isAutoFence, listPythonFences } from "./list-code-blocks";
import { parseMarkdown } from "./parse-markdown";
import { setWorkloadMode } from "./sandbox-meta";

// Whether a python fence gets a Run button is decided here, once per import, by running it the
// way the question page would (its default settings and instruction budget). The sandbox is
// deterministic, so the same code always gets the same answer; the page itself runs nothing.

export type TFenceRun = { exitCode: number; stdout: string; stderr: string; failure: string | null };

// Keyed by code: the content check and the importer ask about the same fences more than once.
const runs = new Map<string, TFenceRun>();

export function runFence(code: string): TFenceRun {
  const known = runs.get(code);
  if (known) return known;
  const result = runProgram(code, {
    switchIntervalSeconds: DEFAULT_SETTINGS.switchIntervalMs / 1000,
    cores: DEFAULT_SETTINGS.cores,
    seed: DEFAULT_SETTINGS.seed,
    instructionBudget: UI_INSTRUCTION_BUDGET,
  });
  const failed = result.exitCode !== 0 || result.error !== undefined;
  const run: TFenceRun = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, failure: failed ? describeFailure(result.stderr, result.error?.message) : null };
  runs.set(code, run);
  return run;
}

function describeFailure(stderr: string, message: string | undefined): string {
  const last = stderr.trimEnd().split("\n").at(-1)?.trim();
  return last || message || "it failed";
}

/** A fence without options is runnable when it prints to stdout and nothing to stderr: a
 * fragment fails, a block of definitions prints nothing, and a thread that dies prints its
 * traceback while the program still exits 0. */
export function runsCleanly(run: TFenceRun): boolean {
  return run.failure === null && run.stdout.length > 0 && run.stderr.length === 0;
}

/** Positions (among the answer's python fences, from 1) of the fences without options that run
 * cleanly: the question page gives exactly these, and every `sandbox` fence, a Run button. */
export function findRunnableFences(markdown: string): number[] {
  return listPythonFences(parseMarkdown(markdown))
    .filter((fence) => isAutoFence(fence.options) && runsCleanly(runFence(fence.value)))
    .map((fence) => fence.ordinal);
}

/** A `sandbox` fence promises a Run button that works: it must exit with status 0 (in every mode
 * of a `modes=` block). It may write to stderr, as a logging or warnings example does. */
export function checkSandboxFencesRun(tree: Root, lineOffset = 0): TContentError[] {
  const errors: TContentError[] = [];
  for (const fence of listPythonFences(tree)) {
    if (!fence.options.sandbox || fence.options.problems.length > 0) continue;
    const variants = fence.options.modes.length === 0 ? [{ label: "", code: fence.value }] : fence.options.modes.map((mode) => ({ label: ` as ${mode}`, code: setWorkloadMode(fence.value, mode) }));
    for (const variant of variants) {
      const run = runFence(variant.code);
      if (run.failure === null && run.stdout.length + run.stderr.length > 0) continue;
      const why = run.failure ?? "it prints nothing";
      errors.push({ line: fence.line + lineOffset, message: `a \`python sandbox\` fence must run in the sandbox${variant.label} without error (${why}); fix it, or drop \`sandbox\`` });
      break;
    }
  }
  return errors;
}
