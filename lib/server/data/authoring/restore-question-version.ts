import "server-only";
import type { TRestoreResult } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { appendQuestionVersion } from "./append-question-version";
import { findEditableQuestion } from "./find-editable-question";
import { staleBase } from "./save-question-draft";

/** Makes an old version the newest draft by copying it into a new version; the history between
 * stays as it was. Learners see it once it is published. */
export async function restoreQuestionVersion(options: { actor: TActor | null; input: { questionId: string; version: number; baseVersion: number } }): Promise<TRestoreResult> {
  const actor = requireAuthor(options.actor);
  const { input } = options;
  return db.$transaction(async (tx) => {
    const question = await findEditableQuestion({ db: tx, questionId: input.questionId });
    if (question.headVersion !== input.baseVersion) throw staleBase(input.baseVersion, question.headVersion);
    if (input.version >= question.headVersion) throw new AppError("VALIDATION", `Version ${input.version} is already the newest; there is nothing to restore.`);
    const old = await tx.questionVersion.findUnique({
      where: { questionId_version: { questionId: question.id, version: input.version } },
      select: { title: true, difficulty: true, tags: true, bodyMarkdown: true },
    });
    if (!old) throw new AppError("NOT_FOUND", `This question has no version ${input.version}.`);
    const content = { title: old.title, difficulty: old.difficulty, tags: old.tags.split(",").filter(Boolean), bodyMarkdown: old.bodyMarkdown };
    const created = await appendQuestionVersion({ tx, questionId: question.id, baseVersion: input.baseVersion, content, authorId: actor.id, note: `Restored from version ${input.version}`, basedOn: input.version, countsAsEdit: true });
    return { version: created.version, content };
  });
}
