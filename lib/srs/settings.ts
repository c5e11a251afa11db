import { z } from "zod";

// Ranges a learner can choose; the defaults follow Anki's (desired retention 0.90, a new day
// at 04:00) where it has one.
export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;
export const NEW_PER_DAY_MAX = 200;
export const DAILY_GOAL_MAX = 1000;

export const ZTimeZone = z.string().min(1).max(64).refine(isTimeZone, { message: "Unknown time zone; use an IANA name such as Europe/Berlin." });

export const ZStudySettings = z
  .object({
    desiredRetention: z
      .number()
      .min(RETENTION_RANGE.min, `Desired retention must be at least ${RETENTION_RANGE.min}.`)
      .max(RETENTION_RANGE.max, `Desired retention must be at most ${RETENTION_RANGE.max}.`),
    newPerDay: z.number().int().min(0).max(NEW_PER_DAY_MAX, `At most ${NEW_PER_DAY_MAX} new items a day.`),
    dailyGoal: z.number().int().min(1, "The daily goal is at least 1 review.").max(DAILY_GOAL_MAX, `The daily goal is at most ${DAILY_GOAL_MAX} reviews.`),
    timeZone: ZTimeZone,
    dayStartHour: z.number().int().min(0, "The day starts at an hour from 0 to 23.").max(23, "The day starts at an hour from 0 to 23."),
  })
  .strict();
export type TStudySettings = z.infer<typeof ZStudySettings>;

export const DEFAULT_STUDY_SETTINGS: TStudySettings = { desiredRetention: 0.9, newPerDay: 10, dailyGoal: 20, timeZone: "UTC", dayStartHour: 4 };

/** The part of the settings that decides where one learner-day ends and the next begins. */
export type TDayClock = Pick<TStudySettings, "timeZone" | "dayStartHour">;

// An answer left open in a background tab would otherwise count as hours of study; Anki caps
// answer time at 60 s by default, longer answers here (ordering a program's output) get 5 min.
export const DURATION_CAP_MS = 5 * 60 * 1000;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
