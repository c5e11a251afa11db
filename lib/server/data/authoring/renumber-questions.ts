import "server-only";
import type { TRenumber } from "@/lib/authoring/renumber";
import type { TTx } from "@/lib/server/db";

// Above any number a question can have (MAX_QUESTION_NUMBER), so parking never collides.
const PARKED_NUMBER = 1_000_000;

/** Applies a renumbering plan without ever breaking the (bank, number) unique index midway, and
 * remembers each question's old number so its old URL redirects while the number stays free. */
export async function renumberQuestions(options: { tx: TTx; bankId: string; moves: TRenumber[] }): Promise<void> {
  const { tx, bankId, moves } = options;
  for (const [i, move] of moves.entries()) await tx.question.update({ where: { id: move.id }, data: { number: PARKED_NUMBER + i } });
  for (const move of moves) {
    await tx.question.update({ where: { id: move.id }, data: { number: move.to } });
    await tx.questionRedirect.upsert({
      where: { bankId_number: { bankId, number: move.from } },
      create: { bankId, number: move.from, questionId: move.id },
      update: { questionId: move.id, createdAt: new Date() },
    });
  }
}
