import "server-only";
import { db } from "@/lib/server/db";

/** Where a question that used to have this number is now, if it is still published there. Only
 * asked when no published question holds the number: a reused number shows its new question. */
export async function findQuestionRedirect(options: { bankSlug: string; number: number }): Promise<string | null> {
  const row = await db.questionRedirect.findFirst({
    where: { number: options.number, bank: { slug: options.bankSlug } },
    select: { question: { select: { number: true, status: true } } },
  });
  if (!row || row.question.status !== "published" || row.question.number === options.number) return null;
  return `/${options.bankSlug}/${row.question.number}`;
}
