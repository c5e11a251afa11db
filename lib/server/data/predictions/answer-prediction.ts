import "server-only";
import { AppError } from "@/lib/errors";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import { gradeQuizItem } from "@/lib/server/data/quiz-items/grade-quiz-item";
import { rateAnswer } from "@/lib/server/data/reviews/rate-answer";
import { recordReview, retryOnCardRace } from "@/lib/server/data/reviews/record-review";
import { cardKeyOf } from "@/lib/srs/card-key";
import type { TActor } from "@/lib/server/permissions/roles";
import type { TAnswerPrediction, TPredictionResult } from "@/lib/contracts/predictions";

const storedSelect = { userId: true, quizItemId: true, response: true, correct: true, score: true } as const;

// A prediction made on the question page, before running the example. It is graded like a quiz
// answer (a fresh run of the program in a worker thread) and stored as an attempt on the item,
// so it counts towards progress and spaced repetition like any other answer.
export async function answerPrediction(options: { actor: TActor; input: TAnswerPrediction }): Promise<TPredictionResult> {
  const { actor, input } = options;
  const question = await db.question.findFirst({ where: { id: input.questionId, status: "published" }, select: { id: true, publishedVersionId: true } });
  if (!question?.publishedVersionId) throw new AppError("NOT_FOUND", "That question does not exist.");
  const questionVersionId = question.publishedVersionId;
  const row = await db.quizItem.findFirst({
    where: { questionVersionId, key: input.itemKey, generator: { in: ["predict-output", "predict-time"] } },
    select: { id: true, payload: true, retiredAt: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "This question has no such prediction item.");
  if (row.retiredAt) throw new AppError("CONFLICT", "This prediction was updated since the page loaded; reload the page to answer the current one.");
  const item = ZQuizItem.parse(row.payload);
  const { graded, attemptKind, expected } = await gradeQuizItem({ item, response: input.response });
  if (!graded.ok) throw new AppError("VALIDATION", `That prediction does not fit this item: ${graded.error}.`);
  const result = (correct: boolean, score: number, replayed: boolean): TPredictionResult => ({
    itemKey: input.itemKey,
    replayed,
    correct,
    score,
    correctAnswerText: graded.correctAnswerText,
    explanation: item.explanation,
    expected: expected ?? [],
  });
  const replay = (stored: { userId: string; quizItemId: string | null; response: unknown; correct: boolean | null; score: number | null }) => {
    const same = stored.userId === actor.id && stored.quizItemId === row.id && JSON.stringify(stored.response) === JSON.stringify(input.response);
    if (!same) throw new AppError("CONFLICT", "This idempotency key was already used for a different answer.");
    return result(stored.correct ?? false, stored.score ?? 0, true);
  };

  const existing = await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: storedSelect });
  if (existing) return replay(existing);
  const durationMs = input.durationMs ?? null;
  const rating = await rateAnswer({ db, item, quizItemId: row.id, response: input.response, correct: graded.correct, durationMs, hinted: false });
  const now = new Date();
  try {
    await retryOnCardRace(() =>
      db.$transaction(async (tx) => {
        const attempt = await tx.attempt.create({
          data: {
            userId: actor.id,
            questionId: question.id,
            questionVersionId,
            quizItemId: row.id,
            kind: attemptKind,
            response: input.response,
            correct: graded.correct,
            score: graded.score,
            durationMs,
            idempotencyKey: input.idempotencyKey,
            createdAt: now,
          },
          select: { id: true },
        });
        await recordReview({ tx, userId: actor.id, questionId: question.id, itemKey: cardKeyOf(item), attemptId: attempt.id, rating, source: "prediction", durationMs, now });
      }),
    );
  } catch (error) {
    // Two submits with one key can race past the lookup; the unique index lets exactly one win.
    const raced = await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: storedSelect });
    if (raced) return replay(raced);
    throw error;
  }
  return result(graded.correct, graded.score, false);
}
