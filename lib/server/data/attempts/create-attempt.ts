import "server-only";
import { AppError } from "@/lib/errors";
import { RECALL_ITEM_ID } from "@/lib/quiz";
import { db } from "@/lib/server/db";
import type { TAttemptResult, TSelfAssessment } from "@/lib/contracts/attempts";
import { recordReview, retryOnCardRace } from "@/lib/server/data/reviews/record-review";
import type { TActor } from "@/lib/server/permissions/roles";

const attemptSelect = { id: true, userId: true, questionId: true, kind: true, correct: true, response: true, createdAt: true } as const;

// A self-assessment is the simplest attempt: the learner says whether they knew the answer.
// It is stored against the version they were shown, so later edits never rewrite history, and
// rates the question's recall card: "knew it" is Good, "review it" is Again.
export async function createSelfAssessment(options: { actor: TActor; input: TSelfAssessment }): Promise<TAttemptResult> {
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

type TStored = { id: string; userId: string; questionId: string; kind: TAttemptResult["kind"]; correct: boolean | null; response: unknown; createdAt: Date };

function replay(stored: TStored, actor: TActor, input: TSelfAssessment): TAttemptResult {
  const sameRequest = stored.userId === actor.id && stored.questionId === input.questionId && (stored.response as { rating?: string } | null)?.rating === input.rating;
  if (!sameRequest) throw new AppError("CONFLICT", "This idempotency key was already used for a different answer.");
  return toDto(stored, true);
}

function toDto(stored: TStored, replayed: boolean): TAttemptResult {
  return { id: stored.id, questionId: stored.questionId, kind: stored.kind, correct: stored.correct, createdAt: stored.createdAt.toISOString(), replayed };
}
