import "server-only";
import type { TDraftContent } from "@/lib/contracts/authoring";
import type { TTx } from "@/lib/server/db";

/** For a question that was never published: the question row takes the draft's title,
 * difficulty and tags, so the authors' list shows and filters it by them. (A published question
 * takes them from the version being published instead; learners never see a draft.) */
export async function writeDraftFrontMatter(options: { tx: TTx; questionId: string; content: Pick<TDraftContent, "title" | "difficulty" | "tags"> }): Promise<void> {
  const { tx, questionId, content } = options;
  await tx.question.update({ where: { id: questionId }, data: { title: content.title, difficulty: content.difficulty } });
  await tx.questionTag.deleteMany({ where: { questionId } });
  const tags = [...new Set(content.tags)];
  if (tags.length > 0) await tx.questionTag.createMany({ data: tags.map((tag) => ({ questionId, tag })) });
}
