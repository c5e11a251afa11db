// Predict-the-output items on the question page: what the page shows of them (never the answer),
// what a prediction sends and what grading it returns.
import { z } from "zod";
import { ZAnswerResponse } from "./quizzes";
import { ZDurationMs, ZIdempotencyKey, ZRowId } from "./ids";

export const ZAnswerPrediction = z
  .object({
    questionId: ZRowId,
    itemKey: z.string().regex(/^predict-(output|time)-\d{1,3}(@\d{1,4})?$/, "Unknown prediction item."),
    response: ZAnswerResponse,
    durationMs: ZDurationMs.optional(),
    idempotencyKey: ZIdempotencyKey,
  })
  .strict();
export type TAnswerPrediction = z.infer<typeof ZAnswerPrediction>;

/** What the question page shows of a prediction item: never its answer. */
export type TPredictionView = { key: string; block: number; target: "output" | "time"; kind: "ordering" | "single_choice"; prompt: string; options: string[] };

export const ZPredictionResult = z.object({
  itemKey: z.string(),
  replayed: z.boolean(),
  correct: z.boolean(),
  score: z.number(),
  correctAnswerText: z.string(),
  explanation: z.string(),
  /** the printed lines in order, or the total time, from the grading run */
  expected: z.array(z.string()),
});
export type TPredictionResult = z.infer<typeof ZPredictionResult>;
