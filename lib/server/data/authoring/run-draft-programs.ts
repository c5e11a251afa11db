import "server-only";
import { listCodeBlocks } from "@/lib/content/list-code-blocks";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import { runFenceProgram, type TFenceRun, type TFenceRunner } from "@/lib/content/run-fence";
import { listFencePrograms } from "@/lib/content/runnable-fences";
import { parseSandboxMeta } from "@/lib/content/sandbox-meta";
import { runForPrediction, type TProgramRun } from "@/lib/quiz";
import { runFenceInThread, runProgramInThread } from "@/lib/server/sandbox/run-in-thread";

export type TProgramRunner = (code: string) => TProgramRun;

/** Runs the predict blocks of a body in the sandbox worker threads, so an author's program never
 * runs on the request thread, and returns a runner that answers from those runs for the content
 * checks and the item builder (which are synchronous). A program that overran the threads' wall
 * limit counts as a failed run. */
export async function runDraftPrograms(body: string): Promise<TProgramRunner> {
  return runPredictPrograms([body]);
}

/** The same for many bodies at once (an uploaded bank): one runner answers for all of them. */
export async function runPredictPrograms(bodies: readonly string[]): Promise<TProgramRunner> {
  const codes = new Set(
    // Most bodies have no predict block; only those are parsed.
    bodies.filter((body) => body.includes("predict")).flatMap((body) =>
      listCodeBlocks(parseMarkdown(body))
        .filter((block) => block.lang === "python" && parseSandboxMeta(block.meta).predict.length > 0)
        .map((block) => block.value),
    ),
  );
  const runs = new Map<string, TProgramRun>();
  await Promise.all(
    [...codes].map(async (code) => {
      const run = await runProgramInThread(code).catch((): TProgramRun => ({ stdout: "", exitCode: 124, totalTime: 0 }));
      runs.set(code, run);
    }),
  );
  // Anything not run above (a block the checks see differently) runs here, as the import would.
  return (code) => runs.get(code) ?? runForPrediction(code);
}

/** Runs every program the body's python fences make the question page run (each fence that is
 * not `norun`, each mode of a workload block) in the worker threads, as the page would run it,
 * and returns a runner that answers from those runs: for the check that `python sandbox` fences
 * run, and for which plain fences get a Run button. A fence that overran the threads' wall limit
 * counts as failed. */
export async function runDraftFences(body: string): Promise<TFenceRunner> {
  return runFencePrograms([body]);
}

/** The same for many bodies at once (an uploaded bank): one runner answers for all of them. */
export async function runFencePrograms(bodies: readonly string[]): Promise<TFenceRunner> {
  const runs = new Map<string, TFenceRun>();
  await Promise.all(
    [...new Set(bodies.flatMap((body) => listFencePrograms(body)))].map(async (code) => {
      const run = await runFenceInThread(code).catch((error: unknown): TFenceRun => ({ exitCode: 124, stdout: "", stderr: "", failure: error instanceof Error ? error.message : "it did not finish", raised: false }));
      runs.set(code, run);
    }),
  );
  return (code) => runs.get(code) ?? runFenceProgram(code);
}
