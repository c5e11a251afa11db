import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

// Finishing is idempotent; unanswered items simply count as not correct.
export async function finishQuiz(options: { actor: TActor; quizId: string }): Promise<{ id: string }> {
  const updated = await db.quizSession.updateMany({
    where: { id: options.quizId, userId: options.actor.id, status: "active" },
    data: { status: "finished", finishedAt: new Date() },
  });
  if (updated.count === 0) {
    const exists = await db.quizSession.findFirst({ where: { id: options.quizId, userId: options.actor.id }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", "That quiz does not exist.");
  }
  return { id: options.quizId };
}
