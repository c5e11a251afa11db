import "server-only";
import { explainTableItems } from "@/lib/authoring/explain-table-items";
import { checkQuestionBody } from "@/lib/questions/check-question-body";
import { renderAnswer } from "@/lib/content/render-markdown";
import { findRunnableFences } from "@/lib/content/runnable-fences";
import type { TDraftPreview } from "@/lib/contracts/authoring";
import { buildVersionItems } from "@/lib/quiz";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { findEditableQuestion } from "./find-editable-question";
import { runDraftFences, runDraftPrograms } from "./run-draft-programs";

/** What the draft would look like to learners (rendered by the question page's own renderer),
 * the quiz items it would make compared with the published ones (and which an author retired),
 * the problems the import would refuse it for, and why some table rows give fewer items. Nothing
 * is stored. */
export async function previewQuestionDraft(options: {
  actor: TActor | null;
  input: { questionId: string; content: { title: string; bodyMarkdown: string } };
}): Promise<TDraftPreview> {
  requireAuthor(options.actor);
  const { content } = options.input;
  const question = await findEditableQuestion({ db, questionId: options.input.questionId });
  const [run, runFence] = await Promise.all([runDraftPrograms(content.bodyMarkdown), runDraftFences(content.bodyMarkdown)]);
  const published = question.publishedVersionId
    ? await db.quizItem.findMany({ where: { questionVersionId: question.publishedVersionId, retiredAt: null }, select: { key: true, payload: true } })
    : [];
  const retirements = new Map((await db.itemRetirement.findMany({ where: { questionId: question.id }, select: { itemKey: true, reason: true } })).map((r) => [r.itemKey, r.reason]));
  const items = content.bodyMarkdown.trim() ? buildVersionItems({ title: content.title || "Untitled", bodyMarkdown: content.bodyMarkdown }, { run }) : [];
  const draftIds = new Set(items.map((item) => item.id));
  // Predict items get a new key when their program's output changes under a newer engine
  // (`predict-output-1@2`); the part before @ is the item.
  const publishedIds = new Set(published.map((row) => row.key.split("@")[0]));
  return {
    // Run buttons exactly where the question page would put them once this is published.
    segments: await renderAnswer(content.bodyMarkdown, { runnableFences: findRunnableFences(content.bodyMarkdown, { runFence }) }),
    items: items.map((item) => ({ ...item, isNew: question.publishedVersionId !== null && !publishedIds.has(item.id), retired: retirements.get(cardKeyOf(item)) ?? null })),
    removedItems: published.flatMap((row) => {
      const item = ZQuizItem.safeParse(row.payload);
      return item.success && !draftIds.has(row.key.split("@")[0] as string) ? [{ id: row.key, prompt: item.data.prompt }] : [];
    }),
    problems: checkQuestionBody(content.bodyMarkdown, { run, runFence }),
    notes: explainTableItems(content.bodyMarkdown),
  };
}
