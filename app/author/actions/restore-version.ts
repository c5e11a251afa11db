"use server";

import { ZRestoreVersion } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { restoreQuestionVersion } from "@/lib/server/data/authoring/restore-question-version";

export async function restoreVersionAction(input: unknown) {
  return runAction(ZRestoreVersion, input, restoreQuestionVersion);
}
