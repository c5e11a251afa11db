import "server-only";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import type { TDbOrTx } from "@/lib/server/db";

/** The quiz item a card with this content key shows now: the live item of the question's
 * published version whose content key matches, or null when that version has none. */
export async function findLiveItemId(options: { db: TDbOrTx; questionId: string; itemKey: string }): Promise<string | null> {
  const { itemKey } = options;
  // A predict item's card key is its row key plus a program hash after the last colon.
  const keys = itemKey.includes(":") ? [itemKey, itemKey.slice(0, itemKey.lastIndexOf(":"))] : [itemKey];
  const rows = await options.db.quizItem.findMany({
    where: { questionId: options.questionId, key: { in: keys }, retiredAt: null, questionVersion: { publishedBy: { status: "published" } } },
    select: { id: true, payload: true },
  });
  for (const row of rows) {
    const item = ZQuizItem.safeParse(row.payload);
    if (item.success && cardKeyOf(item.data) === itemKey) return row.id;
  }
  return null;
}
