import "server-only";
import { AppError } from "@/lib/errors";
import { derivePredictionAnswer, gradeResponse } from "@/lib/quiz";
import type { TQuizItem, TGradeResult, TResponse } from "@/lib/quiz/schemas";
import { runProgramInThread } from "@/lib/server/sandbox/run-in-thread";

/** `expected` is what the grading run printed (lines in order, or the total time) for predictions. */
export type TGradedItem = { graded: TGradeResult; attemptKind: TQuizItem["kind"] | "predict_output"; expected: string[] | null };

// The one place an answer is graded. A predict-the-output item is graded against a fresh run of
// its program in a worker thread, not against what was stored when the item was made.
export async function gradeQuizItem(options: { item: TQuizItem; response: TResponse }): Promise<TGradedItem> {
  const { item, response } = options;
  if (!item.program) return { graded: gradeResponse(item, response), attemptKind: item.kind, expected: null };
  const run = await runProgramInThread(item.program.code);
  const truth = derivePredictionAnswer(item, run);
  if (!truth.ok) throw new AppError("CONFLICT", `This prediction item is out of date (${truth.error}); it can't be graded.`);
  return { graded: gradeResponse({ ...item, answer: truth.answer }, response), attemptKind: "predict_output", expected: truth.expected };
}
