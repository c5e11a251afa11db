import { z } from "zod";
import { ZResponse } from "@/lib/quiz/schemas";

// A queue entry names what is reviewed: an existing card, or the recall card of a question the
// learner has not studied yet (a new item).
export const ZReviewRef = z.string().regex(/^(card|new):[A-Za-z0-9_-]{1,64}$/, "Unknown review item.");

export const ZAnswerReview = z
  .object({
    ref: ZReviewRef,
    response: ZResponse,
    durationMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 3600 * 1000)
      .optional(),
    /** the learner asked for a hint before answering: a right answer then rates Hard */
    hinted: z.boolean().default(false),
    idempotencyKey: z.string().uuid(),
  })
  .strict();
export type TAnswerReview = z.infer<typeof ZAnswerReview>;

export const ZUndoReview = z.object({ logId: z.string().min(1).max(64) }).strict();
export type TUndoReview = z.infer<typeof ZUndoReview>;

export const ZReviewHint = z.object({ ref: ZReviewRef }).strict();

export const ZReviewQuery = z
  .object({
    bank: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, "Unknown bank.")
      .optional(),
  })
  .strict();
