import type { Root } from "mdast";
import { findPythonSyntaxError } from "./check-python-syntax";
import { checkSandboxBlocks } from "./check-sandbox-blocks";
import { checkTables } from "./check-tables";
import { listCodeBlocks } from "./list-code-blocks";

export type TContentCheck = "table" | "sandbox" | "python";
export type TContentProblem = { line: number; check: TContentCheck; message: string };

/** The problems of an answer body's markdown that need nothing but the markdown: comparison
 * tables, sandbox fence options, python that does not parse. Lines are 1-based in the body.
 * Running the fences and the quiz and predict blocks is lib/questions' checkQuestionBody. */
export function checkBodyMarkdown(tree: Root): TContentProblem[] {
  const problems: TContentProblem[] = [
    ...checkTables(tree).map((p) => ({ ...p, check: "table" as const })),
    ...checkSandboxBlocks(tree).map((p) => ({ ...p, check: "sandbox" as const })),
  ];
  for (const block of listCodeBlocks(tree)) {
    if (block.lang !== "python") continue;
    const error = findPythonSyntaxError(block.value);
    // The fence line is the ``` line; the code starts on the next one.
    if (error) problems.push({ line: block.line + error.line, check: "python", message: `this python fence does not parse (line ${error.line}, column ${error.column} of the code)` });
  }
  return problems;
}
