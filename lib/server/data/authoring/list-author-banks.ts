import "server-only";
import type { TAuthorBank } from "@/lib/contracts/authoring";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";

/** Every bank with how many of its questions are published, drafts (never published) or
 * archived, and how many have a draft newer than what learners see. */
export async function listAuthorBanks(options: { actor: TActor | null }): Promise<TAuthorBank[]> {
  requireAuthor(options.actor);
  const [banks, questions] = await Promise.all([
    db.bank.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, emoji: true, description: true } }),
    db.question.findMany({ select: { bankId: true, status: true, headVersion: true, publishedVersion: { select: { version: true } } } }),
  ]);
  return banks.map((bank) => {
    const counts = { published: 0, draft: 0, archived: 0, withDraft: 0 };
    for (const q of questions) {
      if (q.bankId !== bank.id) continue;
      counts[q.status] += 1;
      if (q.status !== "archived" && (q.publishedVersion?.version ?? 0) < q.headVersion) counts.withDraft += 1;
    }
    return { slug: bank.slug, name: bank.name, emoji: bank.emoji, description: bank.description, counts };
  });
}
