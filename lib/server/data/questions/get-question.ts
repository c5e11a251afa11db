import "server-only";
import type { TQuestionDetail } from "@/lib/contracts/questions";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { renderVersionHtml } from "./render-version-html";

/** A published question by id, with its published version's markdown and rendered HTML. */
export async function getQuestion(options: { questionId: string }): Promise<TQuestionDetail> {
  const question = await db.question.findFirst({
    where: { id: options.questionId, status: "published" },
    select: {
      id: true,
      number: true,
      slug: true,
      title: true,
      difficulty: true,
      bank: { select: { slug: true, name: true, emoji: true } },
      tags: { select: { tag: true }, orderBy: { tag: "asc" } },
      publishedVersion: { select: { id: true, version: true, publishedAt: true, bodyMarkdown: true } },
    },
  });
  const version = question?.publishedVersion;
  if (!question || !version) throw new AppError("NOT_FOUND", "That question does not exist.");
  return {
    id: question.id,
    bank: question.bank,
    number: question.number,
    slug: question.slug,
    title: question.title,
    difficulty: question.difficulty,
    tags: question.tags.map((t) => t.tag),
    href: `/${question.bank.slug}/${question.number}`,
    version: {
      number: version.version,
      publishedAt: version.publishedAt?.toISOString() ?? null,
      markdown: version.bodyMarkdown,
      html: await renderVersionHtml({ versionId: version.id, markdown: version.bodyMarkdown }),
    },
  };
}
