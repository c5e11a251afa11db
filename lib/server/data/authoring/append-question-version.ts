import "server-only";
import { hashQuestion } from "@/lib/content/hash-question";
import { AppError } from "@/lib/errors";
import type { TTx } from "@/lib/server/db";

export type TVersionContent = { title: string; difficulty: "easy" | "medium" | "hard"; tags: string[]; bodyMarkdown: string };

/** Adds the next version of a question, on the condition that `baseVersion` is still its newest:
 * the compare-and-set on Question.headVersion is what refuses a stale save from a second author
 * (or an import running at the same moment), on both databases. Versions are never changed
 * afterwards. */
export async function appendQuestionVersion(options: {
  tx: TTx;
  questionId: string;
  baseVersion: number;
  content: TVersionContent;
  authorId: string | null;
  note: string | null;
  basedOn: number | null;
  /** true for an author's action in the browser: the import then knows the database changed */
  countsAsEdit: boolean;
}): Promise<{ id: string; version: number }> {
  const { tx, content } = options;
  const version = options.baseVersion + 1;
  const moved = await tx.question.updateMany({
    where: { id: options.questionId, headVersion: options.baseVersion },
    data: { headVersion: version, ...(options.countsAsEdit ? { editCount: { increment: 1 } } : {}) },
  });
  if (moved.count === 0) throw new AppError("CONFLICT", `Version ${options.baseVersion} is no longer the newest version of this question: someone saved a newer one.`);
  const tags = [...new Set(content.tags)];
  return tx.questionVersion.create({
    data: {
      questionId: options.questionId,
      version,
      title: content.title,
      difficulty: content.difficulty,
      tags: tags.join(","),
      bodyMarkdown: content.bodyMarkdown,
      contentHash: hashQuestion({ title: content.title, difficulty: content.difficulty, tags, body: content.bodyMarkdown }),
      authorId: options.authorId,
      note: options.note,
      basedOn: options.basedOn,
    },
    select: { id: true, version: true },
  });
}
