import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { ZStartQuiz } from "@/lib/contracts/quizzes";
import { startQuiz } from "./start-quiz";

// A new quiz with the items the learner got wrong (or skipped) in a finished quiz.
export async function retakeMistakes(options: { actor: TActor; quizId: string }): Promise<{ id: string }> {
  const session = await db.quizSession.findFirst({
    where: { id: options.quizId, userId: options.actor.id },
    select: { status: true, feedback: true, bank: { select: { slug: true } }, items: { select: { quizItemId: true, attempt: { select: { correct: true } } } } },
  });
  if (!session) throw new AppError("NOT_FOUND", "That quiz does not exist.");
  if (session.status !== "finished") throw new AppError("CONFLICT", "Finish the quiz before retaking your mistakes.");
  const wrong = session.items.filter((i) => !i.attempt?.correct).map((i) => i.quizItemId);
  if (wrong.length === 0) throw new AppError("VALIDATION", "No mistakes to retake: every item was right.");
  const input = ZStartQuiz.parse({ bank: session.bank.slug, count: wrong.length, feedback: session.feedback });
  return startQuiz({ actor: options.actor, input, onlyItemIds: wrong });
}
