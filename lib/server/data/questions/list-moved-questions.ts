import "server-only";
import { db } from "@/lib/server/db";

/** Every old question URL that redirects now, as `/<bank>/<old number>` → `/<bank>/<number>`:
 * a number a moved question left, held by no published question, the moved question itself
 * published. One pass over the redirect table and the published numbers. */
export async function listMovedQuestions(): Promise<Map<string, string>> {
  const [redirects, published] = await Promise.all([
    db.questionRedirect.findMany({ select: { number: true, bank: { select: { slug: true } }, question: { select: { number: true, status: true } } } }),
    db.question.findMany({ where: { status: "published" }, select: { number: true, bank: { select: { slug: true } } } }),
  ]);
  const held = new Set(published.map((q) => `/${q.bank.slug}/${q.number}`));
  const moved = new Map<string, string>();
  for (const row of redirects) {
    const from = `/${row.bank.slug}/${row.number}`;
    if (row.question.status === "published" && row.question.number !== row.number && !held.has(from)) moved.set(from, `/${row.bank.slug}/${row.question.number}`);
  }
  return moved;
}
