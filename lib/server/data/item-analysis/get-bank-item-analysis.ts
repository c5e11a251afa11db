import "server-only";
import type { TBankAnalysis } from "@/lib/contracts/item-analysis";
import { AppError } from "@/lib/errors";
import { assembleBankAnalysis } from "@/lib/item-analysis/assemble";
import { DURATION_CAP_MS } from "@/lib/srs/settings";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";

const CHOICE_ATTEMPTS = ["single_choice", "multiple_choice", "true_false", "predict_output"] as const;

/** Item analysis of a bank from its stored attempts: per question and per item (all versions of
 * an item's content key together). The database does the counting — grouped by item, learner and
 * outcome (and by response for choice items), and by question for attempts on no item — on SQLite
 * and PostgreSQL alike; no attempt is loaded one by one. Answer times over five minutes (a tab left open) are left out of
 * the averages. */
export async function getBankItemAnalysis(options: { actor: TActor | null; bankSlug: string }): Promise<TBankAnalysis> {
  requireAuthor(options.actor);
  const bank = await db.bank.findUnique({ where: { slug: options.bankSlug }, select: { id: true, slug: true, name: true, emoji: true } });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.bankSlug}".`);
  const inBank = { question: { bankId: bank.id } };
  const onItems = { ...inBank, quizItemId: { not: null } };
  const onNoItem = { ...inBank, quizItemId: null };
  const timed = { durationMs: { not: null, lte: DURATION_CAP_MS } };
  // One pass per kind of row: choice attempts grouped with their response too (for the option
  // picks), other item attempts without it (a short answer's text would make a group per
  // answer), and attempts on no item (self-assessments) per question. Question and bank figures
  // are sums of these.
  const [questions, items, retirements, choiceCounts, otherCounts, unlinkedCounts, itemTimes, unlinkedTimes] = await Promise.all([
    db.question.findMany({ where: { bankId: bank.id }, orderBy: { number: "asc" }, select: { id: true, number: true, title: true, status: true, publishedVersionId: true } }),
    db.quizItem.findMany({ where: { questionVersion: inBank }, select: { id: true, questionId: true, questionVersionId: true, payload: true, retiredAt: true, createdAt: true } }),
    db.itemRetirement.findMany({ where: inBank, select: { questionId: true, itemKey: true, reason: true, createdAt: true, retiredBy: { select: { name: true, email: true } } } }),
    db.attempt.groupBy({ by: ["quizItemId", "userId", "correct", "response"], where: { ...onItems, kind: { in: [...CHOICE_ATTEMPTS] } }, _count: { _all: true } }),
    db.attempt.groupBy({ by: ["quizItemId", "userId", "correct"], where: { ...onItems, kind: { notIn: [...CHOICE_ATTEMPTS] } }, _count: { _all: true } }),
    db.attempt.groupBy({ by: ["questionId", "userId", "correct"], where: onNoItem, _count: { _all: true } }),
    db.attempt.groupBy({ by: ["quizItemId"], where: { ...onItems, ...timed }, _sum: { durationMs: true }, _count: { durationMs: true } }),
    db.attempt.groupBy({ by: ["questionId"], where: { ...onNoItem, ...timed }, _sum: { durationMs: true }, _count: { durationMs: true } }),
  ]);
  return assembleBankAnalysis({
    bank: { slug: bank.slug, name: bank.name, emoji: bank.emoji },
    questions,
    items,
    retirements: retirements.map((r) => ({ questionId: r.questionId, itemKey: r.itemKey, reason: r.reason, by: r.retiredBy ? (r.retiredBy.name ?? r.retiredBy.email) : null, at: r.createdAt.toISOString() })),
    itemCounts: [
      ...choiceCounts.map((r) => ({ quizItemId: r.quizItemId as string, userId: r.userId, correct: r.correct, response: r.response, count: r._count._all })),
      ...otherCounts.map((r) => ({ quizItemId: r.quizItemId as string, userId: r.userId, correct: r.correct, count: r._count._all })),
    ],
    unlinkedCounts: unlinkedCounts.map((r) => ({ questionId: r.questionId, userId: r.userId, correct: r.correct, count: r._count._all })),
    itemTimes: itemTimes.map((r) => ({ quizItemId: r.quizItemId as string, sum: r._sum.durationMs, count: r._count.durationMs })),
    unlinkedTimes: unlinkedTimes.map((r) => ({ questionId: r.questionId, sum: r._sum.durationMs, count: r._count.durationMs })),
  });
}
