import "server-only";
import { forgetPublishedStructure } from "@/lib/server/data/progress/read-published-structure";
import { AppError } from "@/lib/errors";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { db, type TTx } from "@/lib/server/db";
import { relinkReviewCards } from "@/lib/server/data/reviews/relink-review-cards";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";

export type TRetireItem = { questionId: string; itemKey: string; reason: string };

/** Switches an item off (wrong or ambiguous) or back on. The retirement is kept against the
 * question and the item's content key, so every version's item with that key is retired — this
 * version's, and the ones a later version, a re-import or an upload will make (ensureVersionItems
 * reads it). Quizzes and review queues offer only live items; a learner's card of a retired item
 * loses its item and leaves the queues (relinkReviewCards) until it is un-retired. Attempts keep
 * pointing at the item they answered. */
export async function setItemRetired(options: { actor: TActor | null; input: ({ retired: true } & TRetireItem) | { retired: false; questionId: string; itemKey: string } }): Promise<{ itemKey: string; retired: boolean }> {
  const actor = requireAuthor(options.actor);
  const { input } = options;
  const result = await db.$transaction(async (tx) => {
    const rows = await itemRowsWithKey(tx, input.questionId, input.itemKey);
    if (rows.length === 0) throw new AppError("NOT_FOUND", "This question has no item with that key.");
    if (input.retired) {
      await tx.itemRetirement.upsert({
        where: { questionId_itemKey: { questionId: input.questionId, itemKey: input.itemKey } },
        create: { questionId: input.questionId, itemKey: input.itemKey, reason: input.reason, retiredById: actor.id },
        update: { reason: input.reason, retiredById: actor.id },
      });
      await tx.quizItem.updateMany({ where: { id: { in: rows.map((r) => r.id) }, retiredAt: null }, data: { retiredAt: new Date(), retiredByAuthor: true } });
    } else {
      await tx.itemRetirement.deleteMany({ where: { questionId: input.questionId, itemKey: input.itemKey } });
      // Only what the author switched off comes back; an item the engine replaced stays retired.
      await tx.quizItem.updateMany({ where: { id: { in: rows.map((r) => r.id) }, retiredByAuthor: true }, data: { retiredAt: null, retiredByAuthor: false } });
    }
    await relinkReviewCards({ tx, questionIds: [input.questionId] });
    return { itemKey: input.itemKey, retired: input.retired };
  });
  forgetPublishedStructure();
  return result;
}

// Item rows of every version whose content key is `itemKey` (a predict item's key includes its
// program's hash, so it is read from the payload).
async function itemRowsWithKey(tx: TTx, questionId: string, itemKey: string): Promise<{ id: string }[]> {
  const question = await tx.question.findUnique({ where: { id: questionId }, select: { id: true } });
  if (!question) throw new AppError("NOT_FOUND", "That question does not exist.");
  // A predict item's content key is its row key (maybe with an engine generation, `@2`) plus a
  // program hash after the last colon.
  const keys = itemKey.includes(":") ? [itemKey, itemKey.slice(0, itemKey.lastIndexOf(":"))] : [itemKey];
  const rows = await tx.quizItem.findMany({ where: { questionId, OR: keys.flatMap((key) => [{ key }, { key: { startsWith: `${key}@` } }]) }, select: { id: true, payload: true } });
  return rows.filter((row) => {
    const item = ZQuizItem.safeParse(row.payload);
    return item.success && cardKeyOf(item.data) === itemKey;
  });
}
