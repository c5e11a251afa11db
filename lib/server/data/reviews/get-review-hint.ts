import "server-only";
import { AppError } from "@/lib/errors";
import type { TReviewHint } from "@/lib/contracts/review";
import { buildHint } from "@/lib/quiz";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { readStudySettings } from "./read-study-settings";
import { resolveReviewRef } from "./resolve-review-ref";

/** A hint for an item the learner may answer now. Asking stores nothing: the answer that
 * follows says it was hinted, and a right answer then rates Hard. */
export async function getReviewHint(options: { actor: TActor; ref: string }): Promise<TReviewHint> {
  const settings = await readStudySettings({ db, userId: options.actor.id });
  const target = await resolveReviewRef({ userId: options.actor.id, ref: options.ref, settings, now: new Date() });
  const hint = buildHint(target.item, options.ref);
  if (!hint) throw new AppError("VALIDATION", "This item has no hint.");
  return hint;
}
