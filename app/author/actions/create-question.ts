"use server";

import { ZCreateQuestion } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { createQuestion } from "@/lib/server/data/authoring/create-question";
import { revalidateLearnerPages } from "./revalidate-learner-pages";

export async function createQuestionAction(input: unknown) {
  const result = await runAction(ZCreateQuestion, input, createQuestion);
  // A question inserted before others renumbers them.
  if (result.ok) revalidateLearnerPages({ bankSlug: result.data.href.split("/")[2] as string, allQuestions: true });
  return result;
}
