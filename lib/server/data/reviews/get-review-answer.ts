import "server-only";
import { AppError } from "@/lib/errors";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

// Rendering highlights every code block with shiki; a version never changes, so its HTML is
// kept for the next learner who reveals it.
const CACHE_LIMIT = 200;
const rendered = new Map<string, Promise<string>>();

function renderVersion(versionId: string, markdown: string): Promise<string> {
  let html = rendered.get(versionId);
  if (!html) {
    html = renderMarkdown(markdown);
    rendered.set(versionId, html);
    if (rendered.size > CACHE_LIMIT) rendered.delete(rendered.keys().next().value!);
  }
  return html;
}

/** The model answer a recall card asks for, shown in the review once the learner has tried to
 * recall it: the published version of the card's question (or of the new item's question). */
export async function getReviewAnswer(options: { actor: TActor; ref: string }): Promise<{ html: string; title: string; href: string }> {
  const [kind, id] = options.ref.split(":") as ["card" | "new", string];
  const questionId = kind === "card" ? (await db.reviewCard.findFirst({ where: { id, userId: options.actor.id }, select: { questionId: true } }))?.questionId : id;
  const question = questionId
    ? await db.question.findFirst({
        where: { id: questionId, status: "published" },
        select: { number: true, title: true, bank: { select: { slug: true } }, publishedVersion: { select: { id: true, bodyMarkdown: true } } },
      })
    : null;
  if (!question?.publishedVersion) throw new AppError("NOT_FOUND", "That review item does not exist.");
  return {
    html: await renderVersion(question.publishedVersion.id, question.publishedVersion.bodyMarkdown),
    title: question.title,
    href: `/${question.bank.slug}/${question.number}`,
  };
}
