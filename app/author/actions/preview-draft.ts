"use server";

import { ZPreviewDraft } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { previewQuestionDraft } from "@/lib/server/data/authoring/preview-question-draft";

export async function previewDraftAction(input: unknown) {
  return runAction(ZPreviewDraft, input, previewQuestionDraft);
}
