import { formatVirtualTime, splitOutputLines, type TProgramRun } from "./run-prediction";
import { gradeResponse } from "./grade-response";
import type { TQuizItem } from "./item-schema";
import type { TGradeResult, TResponse } from "./response-schema";

export type TPredictionTruth = { ok: true; answer: number[]; expected: string[] } | { ok: false; error: string };

/** The answer to a predict-the-output item according to a fresh run of its program, expressed in
 * the item's own option indexes. A run that no longer fits the options (the engine or the item
 * changed) is reported, never graded. */
export function derivePredictionAnswer(item: TQuizItem, run: TProgramRun): TPredictionTruth {
  if (!item.program) return { ok: false, error: "this item has no program" };
  if (run.exitCode !== 0) return { ok: false, error: `the program failed with exit status ${run.exitCode}` };
  switch (item.program.target) {
    case "output": {
      const lines = splitOutputLines(run.stdout);
      const used = new Set<number>();
      const answer: number[] = [];
      for (const line of lines) {
        const index = item.options.findIndex((option, i) => option === line && !used.has(i));
        if (index < 0) return { ok: false, error: "the program's output no longer matches this item" };
        used.add(index);
        answer.push(index);
      }
      if (answer.length !== item.options.length) return { ok: false, error: "the program's output no longer matches this item" };
      return { ok: true, answer, expected: lines };
    }
    case "time": {
      const formatted = formatVirtualTime(run.totalTime);
      const index = item.options.indexOf(formatted);
      if (index < 0) return { ok: false, error: `the program now takes ${formatted}, which is not an option of this item` };
      return { ok: true, answer: [index], expected: [formatted] };
    }
  }
}

/** Grades a prediction against the run, not against the answer stored with the item. */
export function gradePrediction(item: TQuizItem, response: TResponse, run: TProgramRun): TGradeResult {
  const truth = derivePredictionAnswer(item, run);
  if (!truth.ok) return { ok: false, error: truth.error };
  return gradeResponse({ ...item, answer: truth.answer }, response);
}
