import "server-only";
import type { TReviewSummary } from "@/lib/contracts/review";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { countReviewQueue } from "./count-review-queue";
import { readStudySettings } from "./read-study-settings";

/** The header's "Review · N". */
export async function getReviewSummary(options: { actor: TActor; bank?: string; now?: Date }): Promise<TReviewSummary> {
  const settings = await readStudySettings({ db, userId: options.actor.id });
  const counts = await countReviewQueue({ db, userId: options.actor.id, settings, now: options.now ?? new Date(), bank: options.bank, doneToday: false });
  return { due: counts.due, fresh: counts.fresh };
}
