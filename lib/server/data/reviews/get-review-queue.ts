import "server-only";
import type { TReviewEntry, TReviewQueue } from "@/lib/contracts/review";
import { RECALL_ITEM_ID } from "@/lib/quiz";
import { buildQueue, type TQueueEntry } from "@/lib/srs/build-queue";
import { learnerDayOf, startOfLearnerDay, startOfNextLearnerDay } from "@/lib/srs/learner-day";
import { LEARN_AHEAD_MS } from "@/lib/srs/due";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { countReviewQueue } from "./count-review-queue";
import { readStudySettings } from "./read-study-settings";
import { cardSelect, toCard } from "./record-review";
import { activeCardsOf, dueNowWhere, unstudiedQuestionsOf } from "./review-filters";
import { toReviewEntry, type TEntrySource } from "./to-review-entry";

const questionSelect = { number: true, title: true, bank: { select: { slug: true, name: true, emoji: true } } } as const;

/** The next stretch of today's review (at most `limit` entries, in the order to answer them)
 * and today's counts. The client asks again when it has worked through them. */
export async function getReviewQueue(options: { actor: TActor; bank?: string; now?: Date; limit?: number }): Promise<TReviewQueue> {
  const userId = options.actor.id;
  const bank = options.bank;
  const now = options.now ?? new Date();
  const limit = options.limit ?? 40;
  const settings = await readStudySettings({ db, userId });
  const counts = await countReviewQueue({ db, userId, settings, now, bank });
  const [dueRows, freshRows] = await Promise.all([
    db.reviewCard.findMany({
      where: { ...activeCardsOf(userId, bank), ...dueNowWhere({ now, endOfToday: counts.today.end }) },
      orderBy: { due: "asc" },
      take: limit,
      select: { ...cardSelect, questionId: true, quizItem: { select: { payload: true } }, question: { select: questionSelect } },
    }),
    counts.fresh > 0 ? listFreshQuestions(userId, bank, Math.min(counts.fresh, limit)) : Promise.resolve([]),
  ]);
  const sources = new Map<string, TEntrySource>();
  const due: TQueueEntry[] = dueRows.map((row) => {
    const ref = `card:${row.id}`;
    sources.set(ref, { ref, state: row.state, card: toCard(row), payload: row.quizItem?.payload, question: row.question });
    return { ref, questionId: row.questionId, bank: row.question.bank.slug, due: row.due };
  });
  const fresh: TQueueEntry[] = freshRows.map((row) => {
    const ref = `new:${row.id}`;
    sources.set(ref, { ref, state: "new", card: null, payload: row.publishedVersion?.quizItems[0]?.payload, question: row });
    return { ref, questionId: row.id, bank: row.bank.slug, due: null };
  });
  const entries = buildQueue(due, fresh)
    .slice(0, limit)
    .flatMap((entry) => toReviewEntry(sources.get(entry.ref)!, { now, desiredRetention: settings.desiredRetention }) ?? []) satisfies TReviewEntry[];
  return {
    entries,
    counts: { due: counts.due, fresh: counts.fresh, doneToday: counts.doneToday, dailyGoal: settings.dailyGoal },
    next: entries.length === 0 ? await findNextReview(userId, bank, settings, now, counts.today.end) : null,
  };
}

// New items come in question order within a bank, one bank after another in turn.
async function listFreshQuestions(userId: string, bank: string | undefined, take: number) {
  const rows = await db.question.findMany({
    where: unstudiedQuestionsOf(userId, bank),
    orderBy: [{ number: "asc" }],
    take: take * 4,
    select: { id: true, ...questionSelect, publishedVersion: { select: { quizItems: { where: { key: RECALL_ITEM_ID }, select: { payload: true } } } } },
  });
  const byBank = new Map<string, typeof rows>();
  for (const row of rows) byBank.set(row.bank.slug, [...(byBank.get(row.bank.slug) ?? []), row]);
  const picked: typeof rows = [];
  for (let i = 0; picked.length < take && i < rows.length; i++) {
    for (const list of byBank.values()) if (list[i] && picked.length < take) picked.push(list[i]!);
  }
  return picked;
}

async function findNextReview(userId: string, bank: string | undefined, settings: Awaited<ReturnType<typeof readStudySettings>>, now: Date, endOfToday: Date) {
  const next = await db.reviewCard.findFirst({
    where: { ...activeCardsOf(userId, bank), due: { gt: new Date(now.getTime() + LEARN_AHEAD_MS) } },
    orderBy: { due: "asc" },
    select: { due: true, scheduledDays: true },
  });
  if (!next) return null;
  // A card scheduled in days becomes available when its learner-day starts.
  const day = learnerDayOf(next.due, settings);
  const at = next.scheduledDays >= 1 ? new Date(Math.max(startOfLearnerDay(day, settings).getTime(), endOfToday.getTime())) : new Date(next.due.getTime() - LEARN_AHEAD_MS);
  const dueThatDay = await db.reviewCard.count({ where: { ...activeCardsOf(userId, bank), due: { lt: startOfNextLearnerDay(at, settings) } } });
  return { at: at.toISOString(), day: learnerDayOf(at, settings), dueThatDay, timeZone: settings.timeZone };
}
