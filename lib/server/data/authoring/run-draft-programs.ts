import "server-only";
import { listCodeBlocks } from "@/lib/content/list-code-blocks";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import { parseSandboxMeta } from "@/lib/content/sandbox-meta";
import { runForPrediction, type TProgramRun } from "@/lib/quiz/run-prediction";
import { runProgramInThread } from "@/lib/server/sandbox/run-in-thread";

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
