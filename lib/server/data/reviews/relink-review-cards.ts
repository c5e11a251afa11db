import "server-only";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import type { TTx } from "@/lib/server/db";

/** After a question's published version changes (import, publish, restore), points every
 * learner's card of it at the new version's item with the same content key, and unlinks cards
 * whose item is gone, which takes them out of the queues until an item with their key returns.
 * One update per item key, however many learners hold cards. */
export async function relinkReviewCards(options: { tx: TTx; questionIds: readonly string[] }): Promise<void> {
  const { tx } = options;
  if (options.questionIds.length === 0) return;
  // Most questions have no cards at all (a fresh import); those need no updates.
  const withCards = await tx.reviewCard.groupBy({ by: ["questionId"], where: { questionId: { in: [...options.questionIds] } } });
  if (withCards.length === 0) return;
  const questions = await tx.question.findMany({
    where: { id: { in: withCards.map((row) => row.questionId) } },
    select: { id: true, status: true, publishedVersion: { select: { quizItems: { where: { retiredAt: null }, select: { id: true, payload: true } } } } },
  });
  for (const question of questions) {
    const live = new Map<string, string>();
    if (question.status === "published") {
      for (const row of question.publishedVersion?.quizItems ?? []) {
        const item = ZQuizItem.safeParse(row.payload);
        if (item.success) live.set(cardKeyOf(item.data), row.id);
      }
    }
    for (const [itemKey, quizItemId] of live) {
      await tx.reviewCard.updateMany({ where: { questionId: question.id, itemKey, OR: [{ quizItemId: null }, { quizItemId: { not: quizItemId } }] }, data: { quizItemId } });
    }
    await tx.reviewCard.updateMany({ where: { questionId: question.id, itemKey: { notIn: [...live.keys()] }, quizItemId: { not: null } }, data: { quizItemId: null } });
  }
}
