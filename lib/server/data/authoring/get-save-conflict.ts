import "server-only";
import { diffVersions } from "@/lib/authoring/diff-versions";
import { normalizeBody } from "@/lib/content/normalize-body";
import type { TDraftContent, TSaveConflict } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";
import { readVersionContent } from "./read-version-content";
import { toVersionRow, VERSION_ROW_SELECT } from "./to-version-row";

/** After a refused save: what the other author changed (the editor's base version against the
 * newest), and what the editor's text would change in the newest version if saved as it is. */
export async function getSaveConflict(options: { actor: TActor | null; input: { questionId: string; baseVersion: number; content: TDraftContent } }): Promise<TSaveConflict> {
  requireAuthor(options.actor);
  const { input } = options;
  const question = await findEditableQuestion({ db, questionId: input.questionId });
  if (question.headVersion === input.baseVersion) throw new AppError("VALIDATION", `Version ${input.baseVersion} is still the newest: there is no conflict.`);
  const headRow = await db.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId: question.id, version: question.headVersion } }, select: VERSION_ROW_SELECT });
  const [base, head] = await Promise.all([
    input.baseVersion > 0 ? readVersionContent({ db, questionId: question.id, version: input.baseVersion }) : Promise.resolve({ title: "", difficulty: "easy" as const, tags: [], bodyMarkdown: "" }),
    readVersionContent({ db, questionId: question.id, version: question.headVersion }),
  ]);
  const mine = { ...input.content, bodyMarkdown: normalizeBody(input.content.bodyMarkdown) };
  return {
    baseVersion: input.baseVersion,
    head: toVersionRow(headRow, question.publishedVersionId),
    theirs: { from: input.baseVersion, to: question.headVersion, ...diffVersions(base, head) },
    mine: { from: question.headVersion, to: question.headVersion + 1, ...diffVersions(head, mine) },
    headContent: head,
  };
}
