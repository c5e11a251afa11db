import "server-only";
import { AppError } from "@/lib/errors";
import { undoReview as rollBack } from "@/lib/srs/schedule";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { addToBucketTotal } from "./add-to-bucket-total";
import { readStudySettings } from "./read-study-settings";
import { cardSelect, CardRaceError, retryOnCardRace, toCard } from "./record-review";
import type { TUndoReview } from "@/lib/contracts/review";

const logSelect = {
  id: true,
  cardId: true,
  attemptId: true,
  source: true,
  rating: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  lastElapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reviewedAt: true,
  previousDue: true,
  bucket: true,
  durationMs: true,
  card: { select: { ...cardSelect, questionId: true } },
} as const;

/** Takes back a rating given in /review: the attempt and its log are deleted and the card goes
 * back to exactly what it was (ts-fsrs' rollback). Only the latest answer on a card can be taken
 * back, and a first review takes the card away again, as it did not exist before. Returns the
 * ref to show again. */
export async function undoReview(options: { actor: TActor; input: TUndoReview }): Promise<{ ref: string }> {
  const { actor, input } = options;
  const settings = await readStudySettings({ db, userId: actor.id });
  return retryOnCardRace(async () => {
    const log = await db.reviewLog.findFirst({ where: { id: input.logId, userId: actor.id }, select: logSelect });
    if (!log) throw new AppError("NOT_FOUND", "There is nothing to undo.");
    if (log.source !== "review") throw new AppError("CONFLICT", "Only a rating given in the review can be undone here.");
    const later = await db.reviewLog.findFirst({ where: { cardId: log.cardId, reviewedAt: { gt: log.reviewedAt } }, select: { id: true } });
    if (later) throw new AppError("CONFLICT", "This item was answered again since; only the latest answer can be undone.");
    const { card, bucket, durationMs, ...fields } = log;
    await db.$transaction(async (tx) => {
      await tx.attempt.delete({ where: { id: log.attemptId } });
      await addToBucketTotal({ tx, userId: actor.id, bucket, state: log.state, rating: log.rating, durationMs, sign: -1 });
      if (log.state === "new") {
        await tx.reviewCard.delete({ where: { id: card.id } });
        return;
      }
      const previous = rollBack({ card: toCard(card), log: { ...fields, rating: fields.rating as 1 | 2 | 3 | 4 }, desiredRetention: settings.desiredRetention });
      const restored = await tx.reviewCard.updateMany({ where: { id: card.id, reps: card.reps, updatedAt: card.updatedAt }, data: previous });
      if (restored.count !== 1) throw new CardRaceError();
    });
    return { ref: log.state === "new" ? `new:${card.questionId}` : `card:${card.id}` };
  });
}
