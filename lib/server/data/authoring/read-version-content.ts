import "server-only";
import type { TDraftContent } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import type { TDbOrTx } from "@/lib/server/db";

export async function readVersionContent(options: { db: TDbOrTx; questionId: string; version: number }): Promise<TDraftContent> {
  const row = await options.db.questionVersion.findUnique({
    where: { questionId_version: { questionId: options.questionId, version: options.version } },
    select: { title: true, difficulty: true, tags: true, bodyMarkdown: true },
  });
  if (!row) throw new AppError("NOT_FOUND", `This question has no version ${options.version}.`);
  return { title: row.title, difficulty: row.difficulty, tags: row.tags.split(",").filter(Boolean), bodyMarkdown: row.bodyMarkdown };
}
