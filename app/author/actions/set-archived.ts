"use server";

import { ZSetArchived } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { setQuestionArchived } from "@/lib/server/data/authoring/set-question-archived";
import { revalidateLearnerPages } from "./revalidate-learner-pages";

export async function setArchivedAction(input: unknown) {
  const result = await runAction(ZSetArchived, input, setQuestionArchived);
  if (result.ok) revalidateLearnerPages({ bankSlug: result.data.bankSlug, allQuestions: true });
  return result;
}
