import { checkBodyMarkdown, type TContentCheck } from "@/lib/content/check-body-markdown";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import type { TFenceRunner } from "@/lib/content/run-fence";
import { checkSandboxFencesRun } from "@/lib/content/runnable-fences";
import { buildPredictItems, parseAuthoredItems, type TProgramRun } from "@/lib/quiz";

export type TBodyCheck = "body" | TContentCheck | "quiz" | "predict";
export type TBodyProblem = { line: number; check: TBodyCheck; message: string };
/** `run` answers predict blocks and `runFence` `python sandbox` fences from runs made elsewhere
 * (the server's worker threads); without them they run here, in the sandbox. */
export type TBodyRunners = { run?: (code: string) => TProgramRun; runFence?: TFenceRunner };

/** Every problem of an answer body, each with its 1-based line in the body, in the order the
 * import reports them: the import rejects a file on the first, the editor lists them all. The
 * markdown's own checks come from lib/content, the quiz and predict blocks' from lib/quiz. */
export function checkQuestionBody(body: string, runners: TBodyRunners = {}): TBodyProblem[] {
  if (body.trim().length === 0) return [{ line: 1, check: "body", message: "the answer body is empty" }];
  const tree = parseMarkdown(body);
  const problems: TBodyProblem[] = checkBodyMarkdown(tree);
  for (const error of parseAuthoredItems(body).errors) problems.push({ line: error.line, check: "quiz", message: `quiz block: ${error.message}` });
  for (const error of checkSandboxFencesRun(tree, runners.runFence ? { runFence: runners.runFence } : {})) problems.push({ ...error, check: "sandbox" });
  for (const error of buildPredictItems(body, runners.run ? { run: runners.run } : {}).errors) {
    problems.push({ line: error.line, check: "predict", message: `sandbox predict block: ${error.message}` });
  }
  return problems;
}
