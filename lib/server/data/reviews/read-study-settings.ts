import "server-only";
import { DEFAULT_STUDY_SETTINGS, type TStudySettings } from "@/lib/srs/settings";
import type { TDbOrTx } from "@/lib/server/db";

export type TStoredStudySettings = TStudySettings & { timeZoneChosen: boolean; saved: boolean };

/** The learner's study settings, or the defaults when they never saved any. */
export async function readStudySettings(options: { db: TDbOrTx; userId: string }): Promise<TStoredStudySettings> {
  const row = await options.db.userSettings.findUnique({
    where: { userId: options.userId },
    select: { desiredRetention: true, newPerDay: true, dailyGoal: true, timeZone: true, timeZoneChosen: true, dayStartHour: true },
  });
  if (!row) return { ...DEFAULT_STUDY_SETTINGS, timeZoneChosen: false, saved: false };
  return { ...row, saved: true };
}
