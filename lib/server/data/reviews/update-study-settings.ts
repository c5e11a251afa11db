import "server-only";
import type { TStudySettings } from "@/lib/srs/settings";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { readStudySettings, type TStoredStudySettings } from "./read-study-settings";

/** Saves the learner's study settings; the time zone counts as chosen from then on. */
export async function updateStudySettings(options: { actor: TActor; input: TStudySettings }): Promise<TStoredStudySettings> {
  const data = { ...options.input, timeZoneChosen: true };
  await db.userSettings.upsert({ where: { userId: options.actor.id }, create: { userId: options.actor.id, ...data }, update: data });
  return readStudySettings({ db, userId: options.actor.id });
}

/** Takes the time zone the browser reports, unless the learner picked one themselves. */
export async function adoptBrowserTimeZone(options: { actor: TActor; timeZone: string }): Promise<{ timeZone: string; adopted: boolean }> {
  const current = await readStudySettings({ db, userId: options.actor.id });
  if (current.timeZoneChosen || current.timeZone === options.timeZone) return { timeZone: current.timeZone, adopted: false };
  await db.userSettings.upsert({
    where: { userId: options.actor.id },
    create: { userId: options.actor.id, timeZone: options.timeZone },
    update: { timeZone: options.timeZone },
  });
  return { timeZone: options.timeZone, adopted: true };
}
