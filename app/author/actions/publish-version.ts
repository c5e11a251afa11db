"use server";

import { ZPublishVersion } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { revalidateLearnerPages } from "./revalidate-learner-pages";

export async function publishVersionAction(input: unknown) {
  const result = await runAction(ZPublishVersion, input, publishQuestionVersion);
  if (result.ok) revalidateLearnerPages({ bankSlug: result.data.href.split("/")[1] as string, paths: [result.data.href] });
  return result;
}
