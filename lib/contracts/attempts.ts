// Attempts: a self-assessment on a question page, the learner's progress on one question, and
// the learner's own attempts as the public API lists them.
import { z } from "zod";
import { ZAnswerResponse } from "./quizzes";
import { ZDurationMs, ZIdempotencyKey, ZRowId, ZTimestamp } from "./ids";

export const ZSelfAssessment = z
  .object({
    kind: z.literal("self_assess"),
    questionId: ZRowId,
    rating: z.enum(["knew", "review"]).meta({ description: "knew: rates the recall card Good; review: Again" }),
    durationMs: ZDurationMs.optional(),
    idempotencyKey: ZIdempotencyKey,
  })
  .strict()
  .meta({ id: "SelfAssessment" });
export type TSelfAssessment = z.infer<typeof ZSelfAssessment>;

export const ZAttemptKind = z.enum(["self_assess", "recall", "single_choice", "multiple_choice", "true_false", "matching", "ordering", "short_text", "predict_output"]);

export const ZAttemptResult = z
  .object({ id: z.string(), questionId: z.string(), kind: ZAttemptKind, correct: z.boolean().nullable(), createdAt: ZTimestamp, replayed: z.boolean() })
  .meta({ id: "AttemptResult" });
export type TAttemptResult = z.infer<typeof ZAttemptResult>;

export const ZQuestionProgress = z.object({
  answered: z.boolean(),
  attemptCount: z.number().int(),
  last: z.object({ kind: ZAttemptKind, correct: z.boolean().nullable(), createdAt: ZTimestamp }).nullable(),
  /** the latest prediction per predict-the-output block and target, keyed like `predict-output-1` */
  predictions: z.array(z.object({ itemKey: z.string(), correct: z.boolean(), createdAt: ZTimestamp })),
});
export type TQuestionProgress = z.infer<typeof ZQuestionProgress>;
export const ZQuestionProgressParams = z.object({ questionId: ZRowId });

export const ZAttemptRow = z
  .object({
    id: z.string(),
    createdAt: ZTimestamp,
    kind: ZAttemptKind,
    question: z.object({
      id: z.string(),
      bank: z.string(),
      number: z.number().int(),
      title: z.string().meta({ description: "as worded in the version answered" }),
      version: z.number().int(),
    }),
    itemKey: z.string().nullable().meta({ description: "the quiz item answered; null for a self-assessment" }),
    quizId: z.string().nullable(),
    correct: z.boolean().nullable(),
    score: z.number().nullable(),
    durationMs: z.number().int().nullable(),
    response: z
      .union([ZAnswerResponse, z.object({ rating: z.enum(["knew", "review"]) })])
      .nullable()
      .meta({ description: "what the learner answered; null for an answer stored in an older shape" }),
  })
  .meta({ id: "Attempt" });
export type TAttemptRow = z.infer<typeof ZAttemptRow>;
