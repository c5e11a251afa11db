"use server";

import { ZSaveConflict } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { getSaveConflict } from "@/lib/server/data/authoring/get-save-conflict";

export async function getSaveConflictAction(input: unknown) {
  return runAction(ZSaveConflict, input, getSaveConflict);
}
