import "server-only";
import type { TDraftContent } from "@/lib/contracts/authoring";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";
import { readVersionContent } from "./read-version-content";

export type TQuestionDraft = {
  questionId: string;
  bank: string;
  number: number;
  status: "draft" | "published" | "archived";
  headVersion: number;
  publishedVersion: number | null;
  content: TDraftContent;
};

/** The newest version of any question (draft, published or archived) by id: what an author's
 * next save starts from. */
export async function getQuestionDraft(options: { actor: TActor | null; questionId: string }): Promise<TQuestionDraft> {
  requireAuthor(options.actor);
  const question = await findEditableQuestion({ db, questionId: options.questionId });
  const [content, published] = await Promise.all([
    readVersionContent({ db, questionId: question.id, version: question.headVersion }),
    question.publishedVersionId ? db.questionVersion.findUnique({ where: { id: question.publishedVersionId }, select: { version: true } }) : null,
  ]);
  return {
    questionId: question.id,
    bank: question.bank.slug,
    number: question.number,
    status: question.status,
    headVersion: question.headVersion,
    publishedVersion: published?.version ?? null,
    content,
  };
}
