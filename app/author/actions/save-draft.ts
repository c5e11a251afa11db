"use server";

import { ZSaveDraft } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";

export async function saveDraftAction(input: unknown) {
  return runAction(ZSaveDraft, input, saveQuestionDraft);
}
