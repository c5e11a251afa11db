import "server-only";
import { AppError } from "@/lib/errors";
import type { TDbOrTx } from "@/lib/server/db";

/** The question an authoring operation works on, or NOT_FOUND. */
export async function findEditableQuestion(options: { db: TDbOrTx; questionId: string }) {
  const question = await options.db.question.findUnique({
    where: { id: options.questionId },
    select: { id: true, bankId: true, number: true, status: true, headVersion: true, publishedVersionId: true, bank: { select: { slug: true } } },
  });
  if (!question) throw new AppError("NOT_FOUND", "That question does not exist.");
  return question;
}
