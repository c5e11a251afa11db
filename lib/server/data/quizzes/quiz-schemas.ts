import { z } from "zod";
import { ZItemKind, ZResponse } from "@/lib/quiz/schemas";
import { ZRowId } from "@/lib/server/data/row-id";

export const ZItemSource = z.enum(["all", "generated", "recall"]);

export const ZStartQuiz = z
  .object({
    bank: z.string().regex(/^[a-z0-9-]{1,60}$/, "Unknown bank."),
    tags: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(10).default([]),
    difficulty: z.enum(["easy", "medium", "hard"]).optional(),
    count: z.number().int().min(1, "Pick at least 1 item.").max(50, "At most 50 items per quiz.").default(10),
    feedback: z.enum(["immediate", "deferred"]).default("immediate"),
    source: ZItemSource.default("all"),
  })
  .strict();
export type TStartQuiz = z.infer<typeof ZStartQuiz>;

export const ZAnswerQuizItem = z
  .object({
    position: z.number().int().min(0).max(49),
    response: ZResponse,
    durationMs: z.number().int().min(0).max(24 * 3600 * 1000).optional(),
    idempotencyKey: z.string().uuid(),
  })
  .strict();
export type TAnswerQuizItem = z.infer<typeof ZAnswerQuizItem>;

export const ZQuizId = ZRowId;
export type TItemKind = z.infer<typeof ZItemKind>;
