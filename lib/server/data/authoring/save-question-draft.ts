import "server-only";
import { hashQuestion } from "@/lib/content/hash-question";
import { normalizeBody } from "@/lib/content/normalize-body";
import type { TSaveDraft, TSaveResult } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { appendQuestionVersion } from "./append-question-version";
import { writeDraftFrontMatter } from "./write-draft-front-matter";
import { findEditableQuestion } from "./find-editable-question";

/** Stores the editor's content as a new draft version on top of `baseVersion`; learners keep
 * seeing the published version. A save based on a version that is no longer the newest is a
 * CONFLICT and stores nothing. Content problems do not stop a draft (publishing checks them);
 * invalid front matter never reaches here (ZSaveDraft). */
export async function saveQuestionDraft(options: { actor: TActor | null; input: TSaveDraft }): Promise<TSaveResult> {
  const actor = requireAuthor(options.actor);
  const { input } = options;
  const content = { ...input.content, tags: [...new Set(input.content.tags)], bodyMarkdown: normalizeBody(input.content.bodyMarkdown) };
  return db.$transaction(async (tx) => {
    const question = await findEditableQuestion({ db: tx, questionId: input.questionId });
    if (question.headVersion !== input.baseVersion) throw staleBase(input.baseVersion, question.headVersion);
    const head = await tx.questionVersion.findUnique({ where: { questionId_version: { questionId: question.id, version: question.headVersion } }, select: { contentHash: true } });
    if (head?.contentHash === hashQuestion({ ...content, body: content.bodyMarkdown })) return { version: question.headVersion, unchanged: true };
    const version = await appendQuestionVersion({
      tx,
      questionId: question.id,
      baseVersion: input.baseVersion,
      content,
      authorId: actor.id,
      note: input.note || null,
      basedOn: input.baseVersion || null,
      countsAsEdit: true,
    });
    // A question nobody has published yet is listed (for authors) under its newest front matter.
    if (!question.publishedVersionId) await writeDraftFrontMatter({ tx, questionId: question.id, content });
    return { version: version.version, unchanged: false };
  });
}

export function staleBase(base: number, head: number): AppError {
  return new AppError("CONFLICT", `Someone saved version ${head} while you were editing version ${base}. Your text is still in the editor; see what changed before saving again.`, { baseVersion: [String(base)], headVersion: [String(head)] });
}
