import type { Root } from "mdast";
import type { TContentError } from "./front-matter";
import { isAutoFence, listPythonFences } from "./list-code-blocks";
import { parseMarkdown } from "./parse-markdown";
import { raisesAsPromised, runFence, runsCleanly, type TFenceRunner } from "./run-fence";
import { setWorkloadMode } from "./sandbox-meta";

// Which python fences get a Run button is decided when a version is imported or published, by
// running each fence as the page would (run-fence.ts); the page itself runs nothing. `runFence`
// replaces the in-process run: the server runs fences in its worker threads first.

/** Positions (among the answer's python fences, from 1) of the fences without options that run
 * cleanly, and of the `raises` fences that end in their exception: the question page gives
 * exactly these, and every `sandbox` fence, a Run button. */
export function findRunnableFences(markdown: string, options: { runFence?: TFenceRunner } = {}): number[] {
  const run = options.runFence ?? runFence;
  return listPythonFences(parseMarkdown(markdown))
    .filter((fence) => isAutoFence(fence.options) && (fence.options.raises ? raisesAsPromised : runsCleanly)(run(fence.value)))
    .map((fence) => fence.ordinal);
}

/** The programs a body's fences make the page run: each fence that is not `norun`, and each mode
 * of a `modes=` block. */
export function listFencePrograms(markdown: string): string[] {
  return listPythonFences(parseMarkdown(markdown)).flatMap((fence) => {
    if (fence.options.norun) return [];
    return fence.options.modes.length === 0 ? [fence.value] : fence.options.modes.map((mode) => setWorkloadMode(fence.value, mode));
  });
}

/** A `raises` fence promises that Run shows its error: it must end in an uncaught Python exception
 * (not a syntax error, the budget or a missing feature). A `sandbox` fence promises a Run button that works: it must exit with status 0 (in every mode
 * of a `modes=` block) and print something. It may write to stderr, as a logging or warnings
 * example does. A predict block is left to the predict check, which asks the same and more.
 * Lines are the fences' lines in `tree`. */
export function checkSandboxFencesRun(tree: Root, options: { runFence?: TFenceRunner } = {}): TContentError[] {
  const run = options.runFence ?? runFence;
  const errors: TContentError[] = [];
  for (const fence of listPythonFences(tree)) {
    if (fence.options.raises) {
      const result = run(fence.value);
      if (!raisesAsPromised(result)) {
        const why = result.failure ?? "it exits cleanly";
        errors.push({ line: fence.line, message: `a \`python raises\` fence must end in an uncaught exception in the sandbox (${why}); fix it, or drop \`raises\`` });
      }
      continue;
    }
    if (!fence.options.sandbox || fence.options.predict.length > 0 || fence.options.problems.length > 0) continue;
    const variants = fence.options.modes.length === 0 ? [{ label: "", code: fence.value }] : fence.options.modes.map((mode) => ({ label: ` as ${mode}`, code: setWorkloadMode(fence.value, mode) }));
    for (const variant of variants) {
      const result = run(variant.code);
      if (result.failure === null && result.stdout.length + result.stderr.length > 0) continue;
      const why = result.failure ?? "it prints nothing";
      errors.push({ line: fence.line, message: `a \`python sandbox\` fence must run in the sandbox${variant.label} without error (${why}); fix it, or drop \`sandbox\`` });
      break;
    }
  }
  return errors;
}
