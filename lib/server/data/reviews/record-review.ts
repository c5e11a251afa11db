import "server-only";
import { AppError } from "@/lib/errors";
import { bucketOf } from "@/lib/srs/learner-day";
import { createNewCard, scheduleReview, type TCard, type TRating } from "@/lib/srs/schedule";
import { DURATION_CAP_MS } from "@/lib/srs/settings";
import type { TTx } from "@/lib/server/db";
import { addToBucketTotal } from "./add-to-bucket-total";
import { findLiveItemId } from "./find-live-item";
import { readStudySettings } from "./read-study-settings";

export type TReviewSource = "review" | "quiz" | "self_assess" | "prediction";

export const cardSelect = {
  id: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
  updatedAt: true,
} as const;

export function toCard(row: Omit<TCard, never>): TCard {
  return {
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

/** Thrown when another answer moved the same card between our read and our write; the caller
 * runs its transaction again (see retryOnCardRace). */
export class CardRaceError extends Error {
  constructor() {
    super("the card changed during the review");
  }
}

export type TRecordedReview = { logId: string; cardId: string; card: TCard; rating: TRating };

// Every graded answer ends here, inside the transaction that stores its attempt: the card of
// (learner, question, item content key) moves by one ts-fsrs review and the review log keeps
// what undo and the dashboard need. The card's write is conditional on the version that was
// read, so two answers racing on one card cannot both apply to the same old state.
export async function recordReview(options: {
  tx: TTx;
  userId: string;
  questionId: string;
  itemKey: string;
  attemptId: string;
  rating: TRating;
  source: TReviewSource;
  durationMs: number | null;
  now: Date;
  /** The card the caller judged answerable (null: none yet); another one here is a race lost.
   * Left out, the answer applies to whatever the card is now (a quiz answer is always a review). */
  expected?: { reps: number; updatedAt: Date } | null;
}): Promise<TRecordedReview> {
  const { tx, userId, questionId, itemKey, now, expected } = options;
  const settings = await readStudySettings({ db: tx, userId });
  const stored = await tx.reviewCard.findUnique({ where: { userId_questionId_itemKey: { userId, questionId, itemKey } }, select: cardSelect });
  if (expected !== undefined && (expected === null ? stored !== null : stored === null || stored.reps !== expected.reps || stored.updatedAt.getTime() !== expected.updatedAt.getTime())) throw new CardRaceError();
  const before = stored ? toCard(stored) : createNewCard(now);
  const { card, log } = scheduleReview({ card: before, rating: options.rating, now, desiredRetention: settings.desiredRetention });
  let cardId: string;
  if (stored) {
    // The card keeps the item it links to: relinkReviewCards moves it when a version is published.
    const moved = await tx.reviewCard.updateMany({ where: { id: stored.id, reps: stored.reps, updatedAt: stored.updatedAt }, data: card });
    if (moved.count !== 1) throw new CardRaceError();
    cardId = stored.id;
  } else {
    // An answer in a quiz started before a new version was published is on an old item; the new
    // card links to the published version's item with the same content key, if there is one.
    const quizItemId = await findLiveItemId({ db: tx, questionId, itemKey });
    const created = await tx.reviewCard.create({ data: { userId, questionId, itemKey, quizItemId, ...card }, select: { id: true } }).catch((error: unknown) => {
      // P2002: another answer created this card first.
      throw (error as { code?: string }).code === "P2002" ? new CardRaceError() : error;
    });
    cardId = created.id;
  }
  const bucket = bucketOf(log.reviewedAt);
  const durationMs = Math.min(options.durationMs ?? 0, DURATION_CAP_MS);
  const row = await tx.reviewLog.create({
    data: { cardId, userId, attemptId: options.attemptId, source: options.source, ...log, bucket, durationMs },
    select: { id: true },
  });
  await addToBucketTotal({ tx, userId, bucket, state: log.state, rating: log.rating, durationMs, sign: 1 });
  return { logId: row.id, cardId, card, rating: options.rating };
}

/** Runs a transaction-owning function again when it lost a race on a card; a few rounds are
 * plenty, since each loser re-reads the winner's card. */
export async function retryOnCardRace<T>(run: () => Promise<T>): Promise<T> {
  for (let round = 0; ; round++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof CardRaceError)) throw error;
      if (round >= 4) throw new AppError("CONFLICT", "This item was answered twice at the same moment; try again.");
    }
  }
}
