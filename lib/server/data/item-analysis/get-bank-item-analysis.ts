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
 * an item's content key together). The database does the counting — grouped by question or item,
 * learner and outcome (and by response for choice items) — on SQLite and PostgreSQL alike; no
 * attempt is loaded one by one. Answer times over five minutes (a tab left open) are left out of
 * the averages. */
export async function getBankItemAnalysis(options: { actor: TActor | null; bankSlug: string }): Promise<TBankAnalysis> {
  requireAuthor(options.actor);
  const bank = await db.bank.findUnique({ where: { slug: options.bankSlug }, select: { id: true, slug: true, name: true, emoji: true } });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.bankSlug}".`);
  const inBank = { question: { bankId: bank.id } };
  const graded = { ...inBank, correct: { not: null } };
  const timed = { ...inBank, durationMs: { not: null, lte: DURATION_CAP_MS } };
  const [questions, items, retirements, questionCounts, itemCounts, questionTimes, itemTimes, choices] = await Promise.all([
    db.question.findMany({ where: { bankId: bank.id }, orderBy: { number: "asc" }, select: { id: true, number: true, title: true, status: true, publishedVersionId: true } }),
    db.quizItem.findMany({ where: { questionVersion: inBank }, select: { id: true, questionId: true, questionVersionId: true, payload: true, retiredAt: true, createdAt: true } }),
    db.itemRetirement.findMany({ where: inBank, select: { questionId: true, itemKey: true, reason: true, createdAt: true, retiredBy: { select: { name: true, email: true } } } }),
    db.attempt.groupBy({ by: ["questionId", "userId", "correct"], where: graded, _count: { _all: true } }),
    db.attempt.groupBy({ by: ["quizItemId", "userId", "correct"], where: { ...graded, quizItemId: { not: null } }, _count: { _all: true } }),
    db.attempt.groupBy({ by: ["questionId"], where: timed, _sum: { durationMs: true }, _count: { durationMs: true } }),
    db.attempt.groupBy({ by: ["quizItemId"], where: { ...timed, quizItemId: { not: null } }, _sum: { durationMs: true }, _count: { durationMs: true } }),
    db.attempt.groupBy({ by: ["quizItemId", "userId", "response"], where: { ...inBank, quizItemId: { not: null }, kind: { in: [...CHOICE_ATTEMPTS] } }, _count: { _all: true } }),
  ]);
  return assembleBankAnalysis({
    bank: { slug: bank.slug, name: bank.name, emoji: bank.emoji },
    questions,
    items,
    retirements: retirements.map((r) => ({ questionId: r.questionId, itemKey: r.itemKey, reason: r.reason, by: r.retiredBy ? (r.retiredBy.name ?? r.retiredBy.email) : null, at: r.createdAt.toISOString() })),
    questionCounts: questionCounts.map((r) => ({ questionId: r.questionId, userId: r.userId, correct: r.correct, count: r._count._all })),
    itemCounts: itemCounts.map((r) => ({ quizItemId: r.quizItemId, userId: r.userId, correct: r.correct, count: r._count._all })),
    questionTimes: questionTimes.map((r) => ({ questionId: r.questionId, sum: r._sum.durationMs, count: r._count.durationMs })),
    itemTimes: itemTimes.map((r) => ({ quizItemId: r.quizItemId, sum: r._sum.durationMs, count: r._count.durationMs })),
    choices: choices.map((r) => ({ quizItemId: r.quizItemId, userId: r.userId, response: r.response, count: r._count._all })),
  });
}
