import "server-only";
import { RECALL_ITEM_ID } from "@/lib/quiz";
import { ZQuizItem, ZRecallRating } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { DEFAULT_USUAL_MS, ratingForAnswer } from "@/lib/srs/map-rating";
import type { TRating } from "@/lib/srs/schedule";
import { db } from "@/lib/server/db";
import { recordReview, retryOnCardRace, type TReviewSource } from "./record-review";

const BATCH = 500;

type TOldAttempt = {
  id: string;
  userId: string;
  questionId: string;
  kind: string;
  correct: boolean | null;
  durationMs: number | null;
  response: unknown;
  createdAt: Date;
  quizSessionId: string | null;
  quizItem: { payload: unknown } | null;
};

// What an attempt stored before spaced repetition existed would have done to its card.
function reviewOf(attempt: TOldAttempt): { itemKey: string; rating: TRating; source: TReviewSource } | null {
  const response = (attempt.response ?? {}) as { rating?: unknown };
  if (attempt.kind === "self_assess") return { itemKey: RECALL_ITEM_ID, rating: response.rating === "knew" ? 3 : 1, source: "self_assess" };
  const item = ZQuizItem.safeParse(attempt.quizItem?.payload);
  if (!item.success) return null;
  const source: TReviewSource = attempt.quizSessionId ? "quiz" : "prediction";
  if (item.data.kind === "recall") {
    const recall = ZRecallRating.safeParse(response.rating);
    return recall.success ? { itemKey: cardKeyOf(item.data), rating: ratingForAnswer({ kind: "recall", recall: recall.data }), source } : null;
  }
  const rating = ratingForAnswer({
    kind: item.data.kind,
    correct: attempt.correct ?? false,
    durationMs: attempt.durationMs,
    usualMs: DEFAULT_USUAL_MS[item.data.kind],
    hinted: false,
  });
  return { itemKey: cardKeyOf(item.data), rating, source };
}

/** Gives attempts stored before spaced repetition existed their reviews, oldest first, as if
 * each had been scheduled when it was made. Only attempts older than their learner's first
 * review log are replayed, so a schedule is never rewritten out of order; running it again
 * finds nothing to do. Returns how many attempts it replayed. */
export async function backfillReviews(): Promise<number> {
  const firstLogs = await db.reviewLog.groupBy({ by: ["userId"], _min: { reviewedAt: true } });
  const firstLog = new Map(firstLogs.map((row) => [row.userId, row._min.reviewedAt]));
  let replayed = 0;
  // Keyset paging over (createdAt, id): attempts left without a review stay behind the cursor.
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const batch: TOldAttempt[] = await db.attempt.findMany({
      where: { reviewLog: null, ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: {
        id: true,
        userId: true,
        questionId: true,
        kind: true,
        correct: true,
        durationMs: true,
        response: true,
        createdAt: true,
        quizSessionId: true,
        quizItem: { select: { payload: true } },
      },
    });
    if (batch.length === 0) return replayed;
    after = batch.at(-1)!;
    for (const attempt of batch) {
      const review = reviewOf(attempt);
      const limit = firstLog.get(attempt.userId);
      if (!review || (limit && attempt.createdAt >= limit)) continue;
      await retryOnCardRace(() =>
        db.$transaction((tx) =>
          recordReview({ tx, userId: attempt.userId, questionId: attempt.questionId, ...review, attemptId: attempt.id, durationMs: attempt.durationMs, now: attempt.createdAt }),
        ),
      );
      replayed += 1;
    }
  }
}
