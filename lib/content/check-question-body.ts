import { buildPredictItems } from "@/lib/quiz/generators/predict";
import { parseAuthoredItems } from "@/lib/quiz/parse-authored-items";
import type { TProgramRun } from "@/lib/quiz/run-prediction";
import { findPythonSyntaxError } from "./check-python-syntax";
import { checkSandboxBlocks } from "./check-sandbox-blocks";
import { checkTables } from "./check-tables";
import { listCodeBlocks } from "./list-code-blocks";
import { parseMarkdown } from "./parse-markdown";
import type { TFenceRunner } from "./run-fence";
import { checkSandboxFencesRun } from "./runnable-fences";

export type TBodyCheck = "body" | "table" | "sandbox" | "python" | "quiz" | "predict";
export type TBodyProblem = { line: number; check: TBodyCheck; message: string };

/** Every problem of an answer body, each with its 1-based line in the body, in the order the
 * import reports them: the import rejects a file on the first, the editor lists them all.
 * `run` replaces the in-process sandbox run of predict blocks and `runFence` that of `python
 * sandbox` fences (the server runs them in worker threads first and passes the results in). */
export function checkQuestionBody(body: string, options: { run?: (code: string) => TProgramRun; runFence?: TFenceRunner } = {}): TBodyProblem[] {
  if (body.trim().length === 0) return [{ line: 1, check: "body", message: "the answer body is empty" }];
  const tree = parseMarkdown(body);
  const problems: TBodyProblem[] = [
    ...checkTables(tree).map((p) => ({ ...p, check: "table" as const })),
    ...checkSandboxBlocks(tree).map((p) => ({ ...p, check: "sandbox" as const })),
  ];
  for (const block of listCodeBlocks(tree)) {
    if (block.lang !== "python") continue;
    const error = findPythonSyntaxError(block.value);
    // The fence line is the ``` line; the code starts on the next one.
    if (error) problems.push({ line: block.line + error.line, check: "python", message: `this python fence does not parse (line ${error.line}, column ${error.column} of the code)` });
  }
  for (const error of parseAuthoredItems(body).errors) problems.push({ line: error.line, check: "quiz", message: `quiz block: ${error.message}` });
  for (const error of checkSandboxFencesRun(tree, options.runFence ? { runFence: options.runFence } : {})) problems.push({ ...error, check: "sandbox" });
  for (const error of buildPredictItems(body, options.run ? { run: options.run } : {}).errors) {
    problems.push({ line: error.line, check: "predict", message: `sandbox predict block: ${error.message}` });
  }
  return problems;
}
