import "server-only";
import { forgetPublishedStructure } from "@/lib/server/data/progress/read-published-structure";
import { checkQuestionBody } from "@/lib/questions/check-question-body";
import type { TPublishResult } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { refreshRunnableFences } from "@/lib/server/data/questions/refresh-runnable-fences";
import { ensureVersionItems } from "@/lib/server/data/quiz-items/ensure-version-items";
import { relinkReviewCards } from "@/lib/server/data/reviews/relink-review-cards";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";
import { markVersionPublished } from "./mark-version-published";
import { runDraftFences, runDraftPrograms } from "./run-draft-programs";
import { staleBase } from "./save-question-draft";

/** Makes the newest version the one learners see. It must pass the checks `content:import`
 * applies to a file; its quiz items are made and learners' review cards relinked in the same
 * transaction. Attempts made earlier keep pointing at the version they answered. */
export async function publishQuestionVersion(options: { actor: TActor | null; input: { questionId: string; version: number } }): Promise<TPublishResult> {
  requireAuthor(options.actor);
  const { input } = options;
  const question = await findEditableQuestion({ db, questionId: input.questionId });
  if (question.headVersion !== input.version) throw staleBase(input.version, question.headVersion);
  const version = await db.questionVersion.findUniqueOrThrow({
    where: { questionId_version: { questionId: question.id, version: input.version } },
    select: { id: true, bodyMarkdown: true },
  });
  const href = `/${question.bank.slug}/${question.number}`;
  if (question.publishedVersionId === version.id && question.status === "published") return { version: input.version, href };
  const [run, runFence] = await Promise.all([runDraftPrograms(version.bodyMarkdown), runDraftFences(version.bodyMarkdown)]);
  const problems = checkQuestionBody(version.bodyMarkdown, { run, runFence });
  if (problems.length > 0) {
    const list = problems.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join("; ");
    throw new AppError("VALIDATION", `Fix ${problems.length === 1 ? "this problem" : `these ${problems.length} problems`} before publishing: ${list}${problems.length > 3 ? "; …" : ""}.`);
  }
  await db.$transaction(
    async (tx) => {
      // The version must still be the newest when the transaction writes: another author's save
      // in between makes this a conflict, not a silent publish of an older text.
      const still = await tx.question.updateMany({ where: { id: question.id, headVersion: input.version }, data: { editCount: { increment: 1 } } });
      if (still.count === 0) throw staleBase(input.version, input.version + 1);
      await markVersionPublished({ tx, questionId: question.id, versionId: version.id });
      await ensureVersionItems({ tx, versionIds: [version.id], run });
      await refreshRunnableFences({ tx, versionIds: [version.id], runFence });
      await relinkReviewCards({ tx, questionIds: [question.id] });
    },
    { timeout: 30_000 },
  );
  forgetPublishedStructure();
  return { version: input.version, href };
}
