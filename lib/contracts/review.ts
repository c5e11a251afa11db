// The review queue and answering in it, for /review and the public API. Schemas both sides
// import: the server parses requests with them, components and API clients read the responses.
import { z } from "zod";
import { ZItemKind } from "@/lib/quiz/schemas";
import { ZAnswerResponse } from "./quizzes";
import { ZBankSlug, ZDurationMs, ZIdempotencyKey, ZTimestamp } from "./ids";

// A queue entry names what is reviewed: an existing card, or the recall card of a question the
// learner has not studied yet (a new item).
export const ZReviewRef = z
  .string()
  .regex(/^(card|new):[A-Za-z0-9_-]{1,64}$/, "Unknown review item.")
  .meta({ description: "`card:<id>` for a card the learner holds, `new:<questionId>` for a question not studied yet" });

export const ZAnswerReview = z
  .object({
    ref: ZReviewRef,
    response: ZAnswerResponse,
    durationMs: ZDurationMs.optional(),
    /** the learner asked for a hint before answering: a right answer then rates Hard */
    hinted: z.boolean().default(false).meta({ description: "the learner saw a hint first: a right answer then rates Hard" }),
    idempotencyKey: ZIdempotencyKey,
  })
  .strict()
  .meta({ id: "AnswerReview" });
export type TAnswerReview = z.infer<typeof ZAnswerReview>;

export const ZUndoReview = z.object({ logId: z.string().min(1).max(64) }).strict();
export type TUndoReview = z.infer<typeof ZUndoReview>;

export const ZReviewHintRequest = z.object({ ref: ZReviewRef }).strict();
export const ZReviewAnswerQuery = z.object({ ref: ZReviewRef }).strict();

export const ZReviewQuery = z.object({ bank: ZBankSlug.optional().meta({ description: "only this bank's items" }) }).strict();

export const ZCardState = z.enum(["new", "learning", "review", "relearning"]);
/** ts-fsrs' ratings: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const ZRating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const ZReviewEntry = z
  .object({
    ref: ZReviewRef,
    isNew: z.boolean(),
    state: ZCardState,
    kind: ZItemKind,
    prompt: z.string(),
    options: z.array(z.string()),
    items: z.array(z.string()).nullable(),
    code: z.string().nullable().meta({ description: "the program a predict-the-output item is about" }),
    hintable: z.boolean(),
    previews: z
      .object({ again: ZTimestamp, hard: ZTimestamp, good: ZTimestamp, easy: ZTimestamp })
      .nullable()
      .meta({ description: "for a recall card: when it would come back after Again, Hard, Good and Easy" }),
    question: z.object({ number: z.number().int(), title: z.string(), href: z.string(), bank: z.object({ slug: z.string(), name: z.string(), emoji: z.string() }) }),
  })
  .meta({ id: "ReviewEntry" });
export type TReviewEntry = z.infer<typeof ZReviewEntry>;

export const ZReviewCounts = z.object({ due: z.number().int(), fresh: z.number().int(), doneToday: z.number().int(), dailyGoal: z.number().int() });
export type TReviewCounts = z.infer<typeof ZReviewCounts>;

export const ZReviewQueue = z
  .object({
    entries: z.array(ZReviewEntry).meta({ description: "the next stretch of today's review, in the order to answer it; ask again when done" }),
    counts: ZReviewCounts,
    next: z
      .object({ at: ZTimestamp, day: z.string(), dueThatDay: z.number().int(), timeZone: z.string() })
      .nullable()
      .meta({ description: "when the queue is empty: when the next card becomes due and how many fall due that day" }),
  })
  .meta({ id: "ReviewQueue" });
export type TReviewQueue = z.infer<typeof ZReviewQueue>;

export const ZReviewSummary = z.object({ due: z.number().int(), fresh: z.number().int() });
export type TReviewSummary = z.infer<typeof ZReviewSummary>;

export const ZReviewAnswerResult = z
  .object({
    replayed: z.boolean(),
    logId: z.string().meta({ description: "what an undo names" }),
    rating: ZRating,
    correct: z.boolean(),
    score: z.number(),
    correctAnswerText: z.string(),
    explanation: z.string(),
    due: ZTimestamp.meta({ description: "when the card is due next" }),
  })
  .meta({ id: "ReviewAnswerResult" });
export type TReviewAnswerResult = z.infer<typeof ZReviewAnswerResult>;

export const ZReviewHint = z.object({ removeOption: z.number().int().nullable(), text: z.string().nullable() });
export type TReviewHint = z.infer<typeof ZReviewHint>;

export const ZReviewModelAnswer = z.object({ html: z.string(), title: z.string(), href: z.string() });
export type TReviewModelAnswer = z.infer<typeof ZReviewModelAnswer>;
export const ZUndoResult = z.object({ ref: z.string() });
