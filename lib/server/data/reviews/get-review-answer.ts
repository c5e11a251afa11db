import "server-only";
import type { TReviewModelAnswer } from "@/lib/contracts/review";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { renderVersionHtml } from "@/lib/server/data/questions/render-version-html";
import type { TActor } from "@/lib/server/permissions/roles";

/** The model answer a recall card asks for, shown in the review once the learner has tried to
 * recall it: the published version of the card's question (or of the new item's question). */
export async function getReviewAnswer(options: { actor: TActor; ref: string }): Promise<TReviewModelAnswer> {
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
    html: await renderVersionHtml({ versionId: question.publishedVersion.id, markdown: question.publishedVersion.bodyMarkdown }),
    title: question.title,
    href: `/${question.bank.slug}/${question.number}`,
  };
}
