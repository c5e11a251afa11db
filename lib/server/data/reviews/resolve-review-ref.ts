import "server-only";
import { AppError } from "@/lib/errors";
import { RECALL_ITEM_ID } from "@/lib/quiz";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";
import { isDueNow } from "@/lib/srs/due";
import { db } from "@/lib/server/db";
import { countReviewQueue } from "./count-review-queue";
import type { TStoredStudySettings } from "./read-study-settings";

/** `seen`: the card as it was when the ref was judged answerable (null: no card yet). The answer's
 * transaction writes only if the card is still that one (recordReview's `expected`). */
export type TReviewTarget = { questionId: string; questionVersionId: string; quizItemId: string; item: TQuizItem; seen: { reps: number; updatedAt: Date } | null };

/** What a review ref names, if the learner may answer it now: their own card, linked to a live
 * item and due today; or a question they have not studied while new items are left today.
 * Anything else is refused before a row is written. */
export async function resolveReviewRef(options: { userId: string; ref: string; settings: TStoredStudySettings; now: Date }): Promise<TReviewTarget> {
  const { userId, ref, settings, now } = options;
  const [kind, id] = ref.split(":") as ["card" | "new", string];
  const counts = await countReviewQueue({ db, userId, settings, now });
  if (kind === "card") {
    const card = await db.reviewCard.findFirst({
      where: { id, userId },
      select: {
        due: true,
        scheduledDays: true,
        reps: true,
        updatedAt: true,
        questionId: true,
        question: { select: { status: true } },
        quizItem: { select: { id: true, payload: true, retiredAt: true, questionVersionId: true } },
      },
    });
    if (!card) throw new AppError("NOT_FOUND", "That review item does not exist.");
    if (!card.quizItem || card.quizItem.retiredAt || card.question.status !== "published")
      throw new AppError("CONFLICT", "This item changed since the review loaded; reload the review.");
    if (!isDueNow(card, { now, endOfToday: counts.today.end })) throw new AppError("CONFLICT", `This item is not due yet (due ${card.due.toISOString()}).`);
    return { questionId: card.questionId, questionVersionId: card.quizItem.questionVersionId, quizItemId: card.quizItem.id, item: ZQuizItem.parse(card.quizItem.payload), seen: { reps: card.reps, updatedAt: card.updatedAt } };
  }
  const question = await db.question.findFirst({
    where: { id, status: "published" },
    select: { id: true, publishedVersion: { select: { id: true, quizItems: { where: { key: RECALL_ITEM_ID }, select: { id: true, payload: true } } } } },
  });
  const recall = question?.publishedVersion?.quizItems[0];
  if (!question || !question.publishedVersion || !recall) throw new AppError("NOT_FOUND", "That question does not exist.");
  const held = await db.reviewCard.findUnique({ where: { userId_questionId_itemKey: { userId, questionId: question.id, itemKey: RECALL_ITEM_ID } }, select: { id: true } });
  if (held) throw new AppError("CONFLICT", "You have already studied this question; it comes back when it is due.");
  if (counts.fresh === 0) throw new AppError("CONFLICT", "No new items are left for today; raise the limit in your settings.");
  return { questionId: question.id, questionVersionId: question.publishedVersion.id, quizItemId: recall.id, item: ZQuizItem.parse(recall.payload), seen: null };
}
