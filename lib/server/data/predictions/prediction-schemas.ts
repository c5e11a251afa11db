import { z } from "zod";
import { ZResponse } from "@/lib/quiz/schemas";
import { ZRowId } from "@/lib/server/data/row-id";

export const ZAnswerPrediction = z
  .object({
    questionId: ZRowId,
    itemKey: z.string().regex(/^predict-(output|time)-\d{1,3}(@\d{1,4})?$/, "Unknown prediction item."),
    response: ZResponse,
    durationMs: z.number().int().min(0).max(24 * 3600 * 1000).optional(),
    idempotencyKey: z.string().uuid(),
  })
  .strict();
export type TAnswerPrediction = z.infer<typeof ZAnswerPrediction>;

/** What the question page shows of a prediction item: never its answer. */
export type TPredictionView = { key: string; block: number; target: "output" | "time"; kind: "ordering" | "single_choice"; prompt: string; options: string[] };

export type TPredictionResult = {
  itemKey: string;
  replayed: boolean;
  correct: boolean;
  score: number;
  correctAnswerText: string;
  explanation: string;
  /** the printed lines in order, or the total time, from the grading run */
  expected: string[];
};
