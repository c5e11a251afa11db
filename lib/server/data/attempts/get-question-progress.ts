import "server-only";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

export type TQuestionProgress = {
  answered: boolean;
  attemptCount: number;
  last: { kind: string; correct: boolean | null; createdAt: Date } | null;
};

export async function getQuestionProgress(options: { actor: TActor; questionId: string }): Promise<TQuestionProgress> {
  const where = { userId: options.actor.id, questionId: options.questionId };
  const [attemptCount, last] = await Promise.all([
    db.attempt.count({ where }),
    db.attempt.findFirst({ where, orderBy: { createdAt: "desc" }, select: { kind: true, correct: true, createdAt: true } }),
  ]);
  return { answered: attemptCount > 0, attemptCount, last };
}
