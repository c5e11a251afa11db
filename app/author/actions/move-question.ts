"use server";

import { ZMoveQuestion } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { moveQuestion } from "@/lib/server/data/authoring/move-question";
import { revalidateLearnerPages } from "./revalidate-learner-pages";

export async function moveQuestionAction(input: unknown) {
  const result = await runAction(ZMoveQuestion, input, moveQuestion);
  if (result.ok) revalidateLearnerPages({ bankSlug: result.data.href.split("/")[2] as string, allQuestions: true });
  return result;
}
