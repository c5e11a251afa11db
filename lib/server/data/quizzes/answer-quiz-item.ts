import "server-only";
import { AppError } from "@/lib/errors";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import { gradeQuizItem } from "@/lib/server/data/quiz-items/grade-quiz-item";
import { rateAnswer } from "@/lib/server/data/reviews/rate-answer";
import { recordReview, retryOnCardRace } from "@/lib/server/data/reviews/record-review";
import { cardKeyOf } from "@/lib/srs/card-key";
import type { TActor } from "@/lib/server/permissions/roles";
import type { TAnswerQuizItem, TQuizAnswerResult } from "@/lib/contracts/quizzes";

const replaySelect = { userId: true, quizSessionId: true, correct: true, score: true, sessionItem: { select: { position: true } } } as const;

// Grading happens here and only here: the client sends what the learner chose, never whether it
// was right. Every check runs before the first write, and the attempt and the link from the
// quiz slot are written in one transaction, with the review that moves the item's schedule.
export async function answerQuizItem(options: { actor: TActor; quizId: string; input: TAnswerQuizItem }): Promise<TQuizAnswerResult> {
  const { actor, quizId, input } = options;
  const replay = await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: replaySelect });
  const session = await db.quizSession.findFirst({
    where: { id: quizId, userId: actor.id },
    select: {
      id: true,
      status: true,
      feedback: true,
      items: {
        where: { position: input.position },
        select: { id: true, attemptId: true, quizItem: { select: { id: true, payload: true, questionId: true, questionVersionId: true } } },
      },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "That quiz does not exist.");
  const slot = session.items[0];
  if (!slot) throw new AppError("VALIDATION", `This quiz has no item at position ${input.position}.`);
  // A twin request may have committed between the first lookup and reading the slot.
  const stored = replay ?? (slot.attemptId ? await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: replaySelect }) : null);
  if (!stored && session.status === "finished") throw new AppError("CONFLICT", "This quiz is finished; start a new one or retake your mistakes.");
  if (!stored && slot.attemptId) throw new AppError("CONFLICT", "This item was already answered.");
  const item = ZQuizItem.parse(slot.quizItem.payload);
  const { graded, attemptKind } = await gradeQuizItem({ item, response: input.response });
  if (!graded.ok) throw new AppError("VALIDATION", `That answer does not fit this item: ${graded.error}.`);
  const reveal = session.feedback === "immediate";
  const view = (correct: boolean, score: number) => (reveal ? { correct, score, correctAnswerText: graded.correctAnswerText, explanation: item.explanation } : null);

  if (stored) {
    if (stored.userId !== actor.id || stored.quizSessionId !== session.id || stored.sessionItem?.position !== input.position) {
      throw new AppError("CONFLICT", "This idempotency key was already used for another answer.");
    }
    return { position: input.position, replayed: true, result: view(stored.correct ?? false, stored.score ?? 0) };
  }
  const { correct, score } = graded;
  const durationMs = input.durationMs ?? null;
  const rating = await rateAnswer({ db, item, quizItemId: slot.quizItem.id, response: input.response, correct, durationMs, hinted: false });
  const now = new Date();
  try {
    await retryOnCardRace(() =>
      db.$transaction(async (tx) => {
        const attempt = await tx.attempt.create({
          data: {
            userId: actor.id,
            questionId: slot.quizItem.questionId,
            questionVersionId: slot.quizItem.questionVersionId,
            quizItemId: slot.quizItem.id,
            quizSessionId: session.id,
            kind: attemptKind,
            response: input.response,
            correct,
            score,
            durationMs,
            idempotencyKey: input.idempotencyKey,
            createdAt: now,
          },
          select: { id: true },
        });
        // The conditional update makes a racing second answer to the same slot fail and roll back.
        const linked = await tx.quizSessionItem.updateMany({ where: { id: slot.id, attemptId: null }, data: { attemptId: attempt.id } });
        if (linked.count !== 1) throw new AppError("CONFLICT", "This item was already answered.");
        await recordReview({
          tx,
          userId: actor.id,
          questionId: slot.quizItem.questionId,
          itemKey: cardKeyOf(item),
          attemptId: attempt.id,
          rating,
          source: "quiz",
          durationMs,
          now,
        });
      }),
    );
  } catch (error) {
    const raced = await db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { userId: true, correct: true, score: true } });
    if (raced && raced.userId === actor.id) return { position: input.position, replayed: true, result: view(raced.correct ?? false, raced.score ?? 0) };
    throw error;
  }
  return { position: input.position, replayed: false, result: view(correct, score) };
}
