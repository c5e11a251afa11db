import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { RECALL_ITEM_ID } from "@/lib/quiz";
import { db } from "@/lib/server/db";
import { ZRowId } from "@/lib/server/data/row-id";
import { recordReview, retryOnCardRace } from "@/lib/server/data/reviews/record-review";
import type { TActor } from "@/lib/server/permissions/roles";

export const ZSelfAssessment = z.object({
  kind: z.literal("self_assess"),
  questionId: ZRowId,
  rating: z.enum(["knew", "review"]),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000)
    .optional(),
  idempotencyKey: z.string().uuid(),
}).strict();
export type TSelfAssessment = z.infer<typeof ZSelfAssessment>;

export type TAttemptDto = { id: string; questionId: string; kind: string; correct: boolean | null; createdAt: Date; replayed: boolean };

const attemptSelect = { id: true, userId: true, questionId: true, kind: true, correct: true, response: true, createdAt: true } as const;

// A self-assessment is the simplest attempt: the learner says whether they knew the answer.
// It is stored against the version they were shown, so later edits never rewrite history, and
// rates the question's recall card: "knew it" is Good, "review it" is Again.
export async function createSelfAssessment(options: { actor: TActor; input: TSelfAssessment }): Promise<TAttemptDto> {
  const { actor, input } = options;
  const existing = await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: attemptSelect });
  if (existing) return replay(existing, actor, input);
  const question = await db.question.findFirst({
    where: { id: input.questionId, status: "published" },
    select: { id: true, publishedVersionId: true },
  });
  if (!question?.publishedVersionId) throw new AppError("NOT_FOUND", "That question does not exist.");
  const questionVersionId = question.publishedVersionId;
  const now = new Date();
  try {
    const created = await retryOnCardRace(() =>
      db.$transaction(async (tx) => {
        const attempt = await tx.attempt.create({
          data: {
            userId: actor.id,
            questionId: question.id,
            questionVersionId,
            kind: "self_assess",
            response: { rating: input.rating },
            correct: input.rating === "knew",
            score: input.rating === "knew" ? 1 : 0,
            durationMs: input.durationMs ?? null,
            idempotencyKey: input.idempotencyKey,
            createdAt: now,
          },
          select: attemptSelect,
        });
        await recordReview({
          tx,
          userId: actor.id,
          questionId: question.id,
          itemKey: RECALL_ITEM_ID,
          attemptId: attempt.id,
          rating: input.rating === "knew" ? 3 : 1,
          source: "self_assess",
          durationMs: input.durationMs ?? null,
          now,
        });
        return attempt;
      }),
    );
    return toDto(created, false);
  } catch (error) {
    // Two submits with one key can race past the lookup; the unique index lets exactly one win.
    const raced = await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: attemptSelect });
    if (raced) return replay(raced, actor, input);
    throw error;
  }
}

type TStored = { id: string; userId: string; questionId: string; kind: string; correct: boolean | null; response: unknown; createdAt: Date };

function replay(stored: TStored, actor: TActor, input: TSelfAssessment): TAttemptDto {
  const sameRequest = stored.userId === actor.id && stored.questionId === input.questionId && (stored.response as { rating?: string } | null)?.rating === input.rating;
  if (!sameRequest) throw new AppError("CONFLICT", "This idempotency key was already used for a different answer.");
  return toDto(stored, true);
}

function toDto(stored: TStored, replayed: boolean): TAttemptDto {
  return { id: stored.id, questionId: stored.questionId, kind: stored.kind, correct: stored.correct, createdAt: stored.createdAt, replayed };
}
