import "server-only";
import { AppError } from "@/lib/errors";
import type { TReviewAnswerResult } from "@/lib/contracts/review";
import { gradeResponse } from "@/lib/quiz";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { db } from "@/lib/server/db";
import { gradeQuizItem } from "@/lib/server/data/quiz-items/grade-quiz-item";
import type { TActor } from "@/lib/server/permissions/roles";
import { rateAnswer } from "./rate-answer";
import { readStudySettings, type TStoredStudySettings } from "./read-study-settings";
import { CardRaceError, recordReview } from "./record-review";
import { resolveReviewRef } from "./resolve-review-ref";
import type { TAnswerReview } from "@/lib/contracts/review";

const storedSelect = {
  userId: true,
  response: true,
  correct: true,
  score: true,
  quizItem: { select: { payload: true } },
  reviewLog: { select: { id: true, rating: true, source: true, card: { select: { id: true, questionId: true, due: true } } } },
} as const;

// One answer in /review: graded by the server like a quiz answer, stored as an attempt, and the
// card moved by the rating the answer earns (lib/srs/README.md), all in one transaction. The
// idempotency key makes a double submit store one row; a replay of another answer is a 409.
//
// Concurrent answers to one card: the card's write is conditional (recordReview), so one wins
// and the others lose a CardRaceError. A loser first looks for its idempotency key (a double
// submit replays the winner's result), then resolves the ref again, so the card must still be
// due after the winner moved it. The transaction writes only if the card is the one the ref was
// judged on (`expected`), which SQLite's one-writer-at-a-time needs as much as PostgreSQL: the
// card is moved once per answer it accepts, never by a blind retry. A CONFLICT from resolving the ref (the card was just answered) is checked against
// the key the same way before it reaches the learner.
export async function answerReview(options: { actor: TActor; input: TAnswerReview; now?: Date }): Promise<TReviewAnswerResult> {
  const { actor, input } = options;
  const now = options.now ?? new Date();
  const settings = await readStudySettings({ db, userId: actor.id });
  const findStored = () => db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: storedSelect });
  for (let round = 0; ; round++) {
    const stored = await findStored();
    if (stored) return replay(stored, actor, input);
    try {
      return await answerOnce({ actor, input, settings, now });
    } catch (error) {
      const raced = await findStored();
      if (raced) return replay(raced, actor, input);
      if (!(error instanceof CardRaceError)) throw error;
      if (round >= CARD_RACE_ROUNDS) throw new AppError("CONFLICT", "This item was answered twice at the same moment; try again.");
    }
  }
}

// Each loser re-reads the winner's card, so one more round is usually enough; the bound only
// keeps a pathological storm from looping.
const CARD_RACE_ROUNDS = 20;

async function answerOnce(options: { actor: TActor; input: TAnswerReview; settings: TStoredStudySettings; now: Date }): Promise<TReviewAnswerResult> {
  const { actor, input, settings, now } = options;
  const target = await resolveReviewRef({ userId: actor.id, ref: input.ref, settings, now });
  const { graded, attemptKind } = await gradeQuizItem({ item: target.item, response: input.response });
  if (!graded.ok) throw new AppError("VALIDATION", `That answer does not fit this item: ${graded.error}.`);
  const durationMs = input.durationMs ?? null;
  const rating = await rateAnswer({ db, item: target.item, quizItemId: target.quizItemId, response: input.response, correct: graded.correct, durationMs, hinted: input.hinted });
  const recorded = await db.$transaction(async (tx) => {
    const attempt = await tx.attempt.create({
      data: {
        userId: actor.id,
        questionId: target.questionId,
        questionVersionId: target.questionVersionId,
        quizItemId: target.quizItemId,
        kind: attemptKind,
        response: { ...input.response, ...(input.hinted ? { hinted: true } : {}) },
        correct: graded.correct,
        score: graded.score,
        durationMs,
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
      },
      select: { id: true },
    });
    return recordReview({ tx, userId: actor.id, questionId: target.questionId, itemKey: cardKeyOf(target.item), attemptId: attempt.id, rating, source: "review", durationMs, now, expected: target.seen });
  });
  return {
    replayed: false,
    logId: recorded.logId,
    rating,
    correct: graded.correct,
    score: graded.score,
    correctAnswerText: graded.correctAnswerText,
    explanation: target.item.explanation,
    due: recorded.card.due.toISOString(),
  };
}

type TStored = {
  userId: string;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  quizItem: { payload: unknown } | null;
  reviewLog: { id: string; rating: number; source: string; card: { id: string; questionId: string; due: Date } } | null;
};

function replay(stored: TStored, actor: TActor, input: TAnswerReview): TReviewAnswerResult {
  const log = stored.reviewLog;
  const { hinted: _hinted, ...response } = (stored.response ?? {}) as Record<string, unknown>;
  const sameRef = log && (input.ref === `card:${log.card.id}` || input.ref === `new:${log.card.questionId}`);
  const same = stored.userId === actor.id && log?.source === "review" && sameRef && JSON.stringify(response) === JSON.stringify(input.response);
  if (!same || !log) throw new AppError("CONFLICT", "This idempotency key was already used for a different answer.");
  const item = ZQuizItem.safeParse(stored.quizItem?.payload);
  const graded = item.success ? gradeResponse(item.data, input.response) : null;
  return {
    replayed: true,
    logId: log.id,
    rating: log.rating as TReviewAnswerResult["rating"],
    correct: stored.correct ?? false,
    score: stored.score ?? 0,
    correctAnswerText: graded?.ok ? graded.correctAnswerText : "",
    explanation: item.success ? item.data.explanation : "",
    due: log.card.due.toISOString(),
  };
}
