// Quizzes as the quiz pages and the public API see them: what starting and answering send, and
// what a quiz looks like. The server grades; nothing here carries an item's answer before the
// learner may see it.
import { z } from "zod";
import { ZItemKind, ZResponse } from "@/lib/quiz/schemas";
import { ZBankSlug, ZDifficultyName, ZDurationMs, ZIdempotencyKey, ZRowId, ZTag } from "./ids";

export const ZItemSource = z.enum(["all", "generated", "recall"]);

/** A learner's answer to one item, by item kind. */
export const ZAnswerResponse = ZResponse.meta({ id: "AnswerResponse" });

export const ZStartQuiz = z
  .object({
    bank: ZBankSlug,
    tags: z.array(ZTag).max(10).default([]),
    difficulty: ZDifficultyName.optional(),
    count: z.number().int().min(1, "Pick at least 1 item.").max(50, "At most 50 items per quiz.").default(10),
    feedback: z.enum(["immediate", "deferred"]).default("immediate").meta({ description: "immediate: each answer is marked at once; deferred: marks at the end" }),
    source: ZItemSource.default("all").meta({ description: "generated: items made from comparison tables; recall: recall cards" }),
  })
  .strict()
  .meta({ id: "StartQuiz" });
export type TStartQuiz = z.infer<typeof ZStartQuiz>;

export const ZAnswerQuizItem = z
  .object({
    position: z.number().int().min(0).max(49),
    response: ZAnswerResponse,
    durationMs: ZDurationMs.optional(),
    idempotencyKey: ZIdempotencyKey,
  })
  .strict()
  .meta({ id: "AnswerQuizItem" });
export type TAnswerQuizItem = z.infer<typeof ZAnswerQuizItem>;

export const ZQuizId = ZRowId;
export const ZQuizParams = z.object({ quizId: ZQuizId });
export type TItemKind = z.infer<typeof ZItemKind>;

/** A quiz (or a retake) was made: open it by id. */
export const ZQuizRef = z.object({ id: z.string() }).meta({ id: "QuizRef" });

export const ZQuizItemView = z
  .object({
    position: z.number().int(),
    kind: ZItemKind,
    prompt: z.string(),
    options: z.array(z.string()),
    items: z.array(z.string()).nullable(),
    code: z.string().nullable().meta({ description: "the program a predict-the-output item is about" }),
    question: z.object({ number: z.number().int(), title: z.string(), href: z.string() }),
    answered: z.boolean(),
    result: z
      .object({ correct: z.boolean(), score: z.number(), response: ZAnswerResponse, correctAnswerText: z.string(), explanation: z.string() })
      .nullable()
      .meta({ description: "only once the learner may see it: right after answering in immediate mode, or when the quiz is finished" }),
    modelAnswerHref: z.string().nullable().meta({ description: "recall cards: the page with the model answer to compare with" }),
  })
  .meta({ id: "QuizItem" });
export type TQuizItemView = z.infer<typeof ZQuizItemView>;

export const ZQuizView = z
  .object({
    id: z.string(),
    bank: z.object({ slug: z.string(), name: z.string(), emoji: z.string() }),
    feedback: z.enum(["immediate", "deferred"]),
    status: z.enum(["active", "finished"]),
    settings: z.unknown().meta({ description: "the filters the quiz was started with" }),
    items: z.array(ZQuizItemView),
    current: z.number().int().nullable().meta({ description: "the first unanswered position; null when finished or all answered" }),
    score: z.object({ correct: z.number().int(), answered: z.number().int(), total: z.number().int() }),
  })
  .meta({ id: "Quiz" });
export type TQuizView = z.infer<typeof ZQuizView>;

export const ZQuizAnswerResult = z
  .object({
    position: z.number().int(),
    replayed: z.boolean().meta({ description: "true when this idempotency key was answered before; nothing new was stored" }),
    result: z
      .object({ correct: z.boolean(), score: z.number(), correctAnswerText: z.string(), explanation: z.string() })
      .nullable()
      .meta({ description: "null in a deferred quiz until it is finished" }),
  })
  .meta({ id: "QuizAnswerResult" });
export type TQuizAnswerResult = z.infer<typeof ZQuizAnswerResult>;
