import "server-only";
import { diffVersions } from "@/lib/authoring/diff-versions";
import type { TVersionDiffView } from "@/lib/contracts/authoring";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";
import { readVersionContent } from "./read-version-content";

/** Any two versions of a question, compared: word by word in prose, line by line in code. */
export async function diffQuestionVersions(options: { actor: TActor | null; input: { questionId: string; from: number; to: number } }): Promise<TVersionDiffView> {
  requireAuthor(options.actor);
  const { input } = options;
  const question = await findEditableQuestion({ db, questionId: input.questionId });
  const [before, after] = await Promise.all([
    readVersionContent({ db, questionId: question.id, version: input.from }),
    readVersionContent({ db, questionId: question.id, version: input.to }),
  ]);
  return { from: input.from, to: input.to, ...diffVersions(before, after) };
}
