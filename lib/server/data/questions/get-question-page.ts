import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";

export type TQuestionPage = {
  bank: { slug: string; name: string; emoji: string; size: number };
  question: { id: string; number: number; slug: string; title: string; difficulty: "easy" | "medium" | "hard"; tags: string[] };
  /** runnableFences: python fences without options that run cleanly (positions from 1) */
  version: { id: string; version: number; bodyMarkdown: string; createdAt: Date; runnableFences: number[] };
  previous: { number: number; title: string } | null;
  next: { number: number; title: string } | null;
};

// Learner-independent on purpose: the page can be cached and served to everyone, and the
// learner's own state (answered, attempts) is fetched separately.
export async function getQuestionPage(options: { bankSlug: string; number: number }): Promise<TQuestionPage> {
  const bank = await db.bank.findUnique({
    where: { slug: options.bankSlug },
    select: { id: true, slug: true, name: true, emoji: true, planned: true, _count: { select: { questions: { where: { status: "published" } } } } },
  });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.bankSlug}".`);
  const question = await db.question.findFirst({
    where: { bankId: bank.id, number: options.number, status: "published", publishedVersionId: { not: null } },
    select: {
      id: true,
      number: true,
      slug: true,
      title: true,
      difficulty: true,
      tags: { select: { tag: true }, orderBy: { tag: "asc" } },
      publishedVersion: { select: { id: true, version: true, bodyMarkdown: true, createdAt: true, runnableFences: true } },
    },
  });
  if (!question?.publishedVersion) throw new AppError("NOT_FOUND", `${bank.name} has no question ${options.number}.`);
  const neighbour = { select: { number: true, title: true } } as const;
  const [previous, next] = await Promise.all([
    db.question.findFirst({ where: { bankId: bank.id, status: "published", number: { lt: question.number } }, orderBy: { number: "desc" }, ...neighbour }),
    db.question.findFirst({ where: { bankId: bank.id, status: "published", number: { gt: question.number } }, orderBy: { number: "asc" }, ...neighbour }),
  ]);
  const { publishedVersion, tags, ...rest } = question;
  return {
    bank: { slug: bank.slug, name: bank.name, emoji: bank.emoji, size: Math.max(bank.planned, bank._count.questions) },
    question: { ...rest, tags: tags.map((t) => t.tag) },
    version: { ...publishedVersion, runnableFences: publishedVersion.runnableFences.split(",").filter(Boolean).map(Number) },
    previous,
    next,
  };
}
