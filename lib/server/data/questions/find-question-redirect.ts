import "server-only";
import { db } from "@/lib/server/db";

/** Where a question that used to have this number is now: the old URL of a moved question
 * redirects while no published question holds its number (a number reused by another published
 * question shows that question). Null when there is nothing to redirect to. */
export async function findQuestionRedirect(options: { bankSlug: string; number: number }): Promise<string | null> {
  const row = await db.questionRedirect.findFirst({
    where: { number: options.number, bank: { slug: options.bankSlug } },
    select: { bankId: true, question: { select: { number: true, status: true } } },
  });
  if (!row || row.question.status !== "published" || row.question.number === options.number) return null;
  const holder = await db.question.findFirst({ where: { bankId: row.bankId, number: options.number, status: "published" }, select: { id: true } });
  return holder ? null : `/${options.bankSlug}/${row.question.number}`;
}
