import "server-only";
import { LEARN_AHEAD_MS } from "@/lib/srs/due";
import { learnerDayOf, startOfLearnerDay, startOfNextLearnerDay } from "@/lib/srs/learner-day";
import type { TDayClock } from "@/lib/srs/settings";

/** Cards that take part in queues: linked to a live item of a published question (of one bank
 * when the learner reviews one bank only). */
export function activeCardsOf(userId: string, bank?: string) {
  return { userId, quizItemId: { not: null }, quizItem: { is: { retiredAt: null } }, question: { status: "published" as const, ...(bank ? { bank: { slug: bank } } : {}) } };
}

/** The database form of lib/srs/due.ts' isDueNow. */
export function dueNowWhere(options: { now: Date; endOfToday: Date }) {
  return {
    OR: [
      { scheduledDays: { gte: 1 }, due: { lt: options.endOfToday } },
      { scheduledDays: 0, due: { lte: new Date(options.now.getTime() + LEARN_AHEAD_MS) } },
    ],
  };
}

/** Today's bounds for a learner. */
export function todayOf(now: Date, clock: TDayClock): { day: string; start: Date; end: Date } {
  const day = learnerDayOf(now, clock);
  return { day, start: startOfLearnerDay(day, clock), end: startOfNextLearnerDay(now, clock) };
}

/** Questions whose recall card the learner has not got yet: where new items come from. */
export function unstudiedQuestionsOf(userId: string, bank?: string) {
  return { status: "published" as const, publishedVersionId: { not: null }, reviewCards: { none: { userId, itemKey: "recall" } }, ...(bank ? { bank: { slug: bank } } : {}) };
}
