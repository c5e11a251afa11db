import "server-only";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { readStudySettings, type TStoredStudySettings } from "./read-study-settings";

export async function getStudySettings(options: { actor: TActor }): Promise<TStoredStudySettings> {
  return readStudySettings({ db, userId: options.actor.id });
}
