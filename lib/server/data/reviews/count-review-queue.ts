import "server-only";
import { bucketOf } from "@/lib/srs/learner-day";
import type { TDbOrTx } from "@/lib/server/db";
import type { TStoredStudySettings } from "./read-study-settings";
import { activeCardsOf, dueNowWhere, todayOf, unstudiedQuestionsOf } from "./review-filters";

export type TQueueCounts = { due: number; fresh: number; newToday: number; doneToday: number; today: ReturnType<typeof todayOf> };

/** How many items today's review holds: the cards due now and the new items still allowed (the
 * daily limit on new items counts across banks). `doneToday: false` skips counting today's
 * answers (0 then) for a caller that does not show them: the header's badge, on every page. */
export async function countReviewQueue(options: { db: TDbOrTx; userId: string; settings: TStoredStudySettings; now: Date; bank?: string; doneToday?: boolean }): Promise<TQueueCounts> {
  const { db, userId, settings, now, bank } = options;
  const today = todayOf(now, settings);
  const sinceToday = { userId, bucket: { gte: bucketOf(today.start) } };
  const [due, newToday, doneToday, unstudied] = await Promise.all([
    db.reviewCard.count({ where: { ...activeCardsOf(userId, bank), ...dueNowWhere({ now, endOfToday: today.end }) } }),
    db.reviewLog.count({ where: { ...sinceToday, source: "review", state: "new" } }),
    options.doneToday === false ? Promise.resolve(0) : db.reviewLog.count({ where: sinceToday }),
    settings.newPerDay > 0 ? db.question.count({ where: unstudiedQuestionsOf(userId, bank) }) : Promise.resolve(0),
  ]);
  const fresh = Math.min(Math.max(0, settings.newPerDay - newToday), unstudied);
  return { due, fresh, newToday, doneToday, today };
}
