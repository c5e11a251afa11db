import "server-only";
import { forgetPublishedStructure } from "@/lib/server/data/progress/read-published-structure";
import type { TQuestionStatus } from "@/lib/contracts/authoring";
import { db } from "@/lib/server/db";
import { ensureVersionItems } from "@/lib/server/data/quiz-items/ensure-version-items";
import { relinkReviewCards } from "@/lib/server/data/reviews/relink-review-cards";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";

/** Archiving is a soft delete: the question leaves the bank, quizzes and review queues, and keeps
 * its versions, attempts and review cards. Bringing it back publishes its published version
 * again (or leaves it a draft if it never had one). */
export async function setQuestionArchived(options: { actor: TActor | null; input: { questionId: string; archived: boolean } }): Promise<{ status: TQuestionStatus; bankSlug: string }> {
  requireAuthor(options.actor);
  const { input } = options;
  const result = await db.$transaction(async (tx) => {
    const question = await findEditableQuestion({ db: tx, questionId: input.questionId });
    const status: TQuestionStatus = input.archived ? "archived" : question.publishedVersionId ? "published" : "draft";
    if (status === question.status) return { status, bankSlug: question.bank.slug };
    await tx.question.update({ where: { id: question.id }, data: { status, editCount: { increment: 1 } } });
    if (status === "published" && question.publishedVersionId) await ensureVersionItems({ tx, versionIds: [question.publishedVersionId] });
    // An archived question's cards lose their item, which takes them out of every queue; they
    // come back with it.
    await relinkReviewCards({ tx, questionIds: [question.id] });
    return { status, bankSlug: question.bank.slug };
  });
  forgetPublishedStructure();
  return result;
}
