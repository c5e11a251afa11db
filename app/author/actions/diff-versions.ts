"use server";

import { ZDiffVersions } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { diffQuestionVersions } from "@/lib/server/data/authoring/diff-question-versions";

export async function diffVersionsAction(input: unknown) {
  return runAction(ZDiffVersions, input, diffQuestionVersions);
}
