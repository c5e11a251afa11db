import "server-only";
import { planMove } from "@/lib/authoring/renumber";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";
import { renumberQuestions } from "./renumber-questions";

/** Gives a question another number within its bank; the questions between shift by one
 * (lib/authoring/renumber.ts). Attempts and review cards follow the question, not the number. */
export async function moveQuestion(options: { actor: TActor | null; input: { questionId: string; to: number } }): Promise<{ number: number; href: string }> {
  requireAuthor(options.actor);
  const { input } = options;
  return db.$transaction(async (tx) => {
    const question = await findEditableQuestion({ db: tx, questionId: input.questionId });
    const siblings = await tx.question.findMany({ where: { bankId: question.bankId }, select: { id: true, number: true } });
    const last = Math.max(...siblings.map((q) => q.number));
    if (input.to > last) throw new AppError("VALIDATION", `The bank's numbers go up to ${last}; pick a number from 1 to ${last}.`);
    const moves = planMove(siblings, question.id, input.to);
    if (moves.length > 0) {
      await renumberQuestions({ tx, bankId: question.bankId, moves });
      await tx.question.update({ where: { id: question.id }, data: { editCount: { increment: 1 } } });
    }
    return { number: input.to, href: `/author/${question.bank.slug}/${input.to}` };
  });
}
