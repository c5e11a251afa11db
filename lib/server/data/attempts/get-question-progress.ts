import "server-only";
import { db } from "@/lib/server/db";
import type { TQuestionProgress } from "@/lib/contracts/attempts";
import type { TActor } from "@/lib/server/permissions/roles";

export async function getQuestionProgress(options: { actor: TActor; questionId: string }): Promise<TQuestionProgress> {
  const where = { userId: options.actor.id, questionId: options.questionId };
  const [attemptCount, last, predicted] = await Promise.all([
    db.attempt.count({ where }),
    db.attempt.findFirst({ where, orderBy: { createdAt: "desc" }, select: { kind: true, correct: true, createdAt: true } }),
    db.attempt.findMany({
      where: { ...where, kind: "predict_output" },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { correct: true, createdAt: true, quizItem: { select: { key: true } } },
    }),
  ]);
  // A replaced item (`predict-output-1@2`) asks about the same block as the one it replaced.
  const latest = new Map<string, TQuestionProgress["predictions"][number]>();
  for (const attempt of predicted) {
    const itemKey = attempt.quizItem?.key.split("@")[0];
    if (itemKey && !latest.has(itemKey)) latest.set(itemKey, { itemKey, correct: attempt.correct ?? false, createdAt: attempt.createdAt.toISOString() });
  }
  return {
    answered: attemptCount > 0,
    attemptCount,
    last: last ? { ...last, createdAt: last.createdAt.toISOString() } : null,
    predictions: [...latest.values()],
  };
}
