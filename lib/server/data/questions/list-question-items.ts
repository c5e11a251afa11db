import "server-only";
import type { TQuestionItems } from "@/lib/contracts/questions";
import { AppError } from "@/lib/errors";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";

/** The live quiz items of a published question's published version, by key: what each asks and
 * offers, never the answer or the explanation. */
export async function listQuestionItems(options: { questionId: string }): Promise<TQuestionItems> {
  const question = await db.question.findFirst({
    where: { id: options.questionId, status: "published" },
    select: {
      id: true,
      publishedVersion: { select: { version: true, quizItems: { where: { retiredAt: null }, orderBy: { key: "asc" }, select: { key: true, payload: true } } } },
    },
  });
  if (!question?.publishedVersion) throw new AppError("NOT_FOUND", "That question does not exist.");
  const items = question.publishedVersion.quizItems.flatMap((row) => {
    const item = ZQuizItem.safeParse(row.payload);
    if (!item.success) return [];
    const { kind, prompt, options: choices, items: left, program } = item.data;
    return [{ key: row.key, kind, prompt, options: choices, items: left ?? null, code: program?.code ?? null }];
  });
  return { questionId: question.id, version: question.publishedVersion.version, items };
}
