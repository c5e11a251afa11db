import "server-only";
import type { TTx } from "@/lib/server/db";

/** Makes a version the one learners see, inside the caller's transaction: the question takes its
 * title, difficulty and tags (what lists and quizzes filter on) and becomes published. The caller
 * then makes the version's quiz items and relinks review cards in the same transaction. */
export async function markVersionPublished(options: { tx: TTx; questionId: string; versionId: string }): Promise<void> {
  const { tx } = options;
  const version = await tx.questionVersion.findUniqueOrThrow({ where: { id: options.versionId }, select: { title: true, difficulty: true, tags: true, publishedAt: true } });
  if (!version.publishedAt) await tx.questionVersion.update({ where: { id: options.versionId }, data: { publishedAt: new Date() } });
  await tx.question.update({
    where: { id: options.questionId },
    data: { publishedVersionId: options.versionId, status: "published", title: version.title, difficulty: version.difficulty },
  });
  await tx.questionTag.deleteMany({ where: { questionId: options.questionId } });
  const tags = [...new Set(version.tags.split(",").filter(Boolean))];
  if (tags.length > 0) await tx.questionTag.createMany({ data: tags.map((tag) => ({ questionId: options.questionId, tag })) });
}
