// Study settings as /settings edits them.
import { z } from "zod";
import { ZTimeZone } from "@/lib/srs/settings";

export { ZStudySettings, type TStudySettings } from "@/lib/srs/settings";

export const ZStoredStudySettings = z.object({
  desiredRetention: z.number(),
  newPerDay: z.number().int(),
  dailyGoal: z.number().int(),
  timeZone: z.string(),
  dayStartHour: z.number().int(),
  /** false while the zone is the one the browser reported */
  timeZoneChosen: z.boolean(),
  /** false while the learner has no settings row (the defaults apply) */
  saved: z.boolean(),
});

export const ZBrowserTimeZone = z.object({ timeZone: ZTimeZone }).strict();
export const ZTimeZoneAdoption = z.object({ timeZone: z.string(), adopted: z.boolean() });
