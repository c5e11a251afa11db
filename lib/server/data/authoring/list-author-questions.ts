import "server-only";
import type { TAuthorQuestionRow, TQuestionFilters } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** A bank's questions for authors, every status, under their newest title, filtered and sorted.
 * A bank holds hundreds of questions, so filtering happens here in one pass rather than in SQL,
 * where case-insensitive search differs between SQLite and PostgreSQL. */
export async function listAuthorQuestions(options: { actor: TActor | null; bankSlug: string; filters: TQuestionFilters }): Promise<{
  bank: { slug: string; name: string; emoji: string; tags: string[] };
  questions: TAuthorQuestionRow[];
  total: number;
}> {
  requireAuthor(options.actor);
  const { filters } = options;
  const bank = await db.bank.findUnique({ where: { slug: options.bankSlug }, select: { id: true, slug: true, name: true, emoji: true } });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.bankSlug}".`);
  const search = filters.q?.toLowerCase();
  const rows = await db.question.findMany({
    where: { bankId: bank.id, ...(filters.status ? { status: filters.status } : {}), ...(filters.tag ? { tags: { some: { tag: filters.tag } } } : {}) },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      status: true,
      headVersion: true,
      updatedAt: true,
      tags: { select: { tag: true }, orderBy: { tag: "asc" } },
      publishedVersion: { select: { version: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { title: true, difficulty: true, createdAt: true, ...(search ? { bodyMarkdown: true } : {}) } },
    },
  });
  const total = await db.question.count({ where: { bankId: bank.id } });
  const tags = await db.questionTag.findMany({ where: { question: { bankId: bank.id } }, distinct: ["tag"], orderBy: { tag: "asc" }, select: { tag: true } });
  let questions = rows.map((q): TAuthorQuestionRow & { body?: string } => {
    const head = q.versions[0];
    const publishedVersion = q.publishedVersion?.version ?? null;
    const edited = head?.createdAt && head.createdAt > q.updatedAt ? head.createdAt : q.updatedAt;
    return {
      id: q.id,
      number: q.number,
      title: head?.title ?? "",
      difficulty: head?.difficulty ?? "medium",
      status: q.status,
      tags: q.tags.map((t) => t.tag),
      headVersion: q.headVersion,
      publishedVersion,
      hasDraft: (publishedVersion ?? 0) < q.headVersion,
      updatedAt: edited.toISOString(),
      body: (head as { bodyMarkdown?: string } | undefined)?.bodyMarkdown,
    };
  });
  if (filters.difficulty) questions = questions.filter((q) => q.difficulty === filters.difficulty);
  if (filters.hasDraft) questions = questions.filter((q) => q.hasDraft);
  if (search) questions = questions.filter((q) => q.title.toLowerCase().includes(search) || q.body?.toLowerCase().includes(search) || String(q.number) === search);
  const sorted = [...questions].sort((a, b) => {
    switch (filters.sort) {
      case "number":
        return a.number - b.number;
      case "title":
        return a.title.localeCompare(b.title);
      case "updated":
        return b.updatedAt.localeCompare(a.updatedAt) || a.number - b.number;
      case "difficulty":
        return DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.number - b.number;
    }
  });
  return { bank: { slug: bank.slug, name: bank.name, emoji: bank.emoji, tags: tags.map((t) => t.tag) }, questions: sorted.map(({ body: _body, ...row }) => row), total };
}
