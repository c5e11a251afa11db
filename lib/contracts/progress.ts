// What /progress shows and GET /api/v1/progress returns: the server builds it, the dashboard
// components draw it.
import { z } from "zod";

export const ZProgressDay = z.object({ day: z.string(), reviews: z.number().int(), durationMs: z.number() });
export type TProgressDay = z.infer<typeof ZProgressDay>;
export const ZRetentionWeek = z.object({ week: z.string(), graded: z.number().int(), passed: z.number().int() });
export type TRetentionWeek = z.infer<typeof ZRetentionWeek>;

/** `share`: the part of the studied items the learner is expected to recall today (mean FSRS
 * retrievability); `known`: how many of them are more likely recalled than not; `coverage`: the part of the group's live items they have studied at all. */
export const ZMasteryRow = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number().int(),
  studied: z.number().int(),
  known: z.number().int(),
  share: z.number(),
  coverage: z.number(),
  bank: z.object({ slug: z.string(), name: z.string(), emoji: z.string() }),
  tag: z.string().nullable(),
});
export type TMasteryRow = z.infer<typeof ZMasteryRow>;

export const ZProgress = z
  .object({
    settings: z.object({ desiredRetention: z.number(), dailyGoal: z.number().int(), timeZone: z.string(), dayStartHour: z.number().int() }),
    today: ZProgressDay,
    streaks: z.object({ current: z.number().int(), longest: z.number().int() }),
    activity: z.array(ZProgressDay).meta({ description: "learner-days with at least one answer, over the last 365 days, oldest first" }),
    retention: z.array(ZRetentionWeek).meta({ description: "the last 26 ISO weeks, oldest first, empty weeks included" }),
    forecast: z.array(z.object({ day: z.string(), due: z.number().int() })).meta({ description: "the next 30 learner-days, today first" }),
    mastery: z.object({ banks: z.array(ZMasteryRow), tags: z.array(ZMasteryRow) }),
    time: z
      .object({ days: z.array(ZProgressDay), weeks: z.array(ZProgressDay) })
      .meta({ description: "the last 30 learner-days and the last 12 weeks, oldest first, empty ones included" }),
    counts: z
      .object({ new: z.number().int(), learning: z.number().int(), review: z.number().int(), lapsed: z.number().int() })
      .meta({ description: "new: live items not studied yet; lapsed: cards relearning after a lapse" }),
  })
  .meta({ id: "Progress" });
export type TProgress = z.infer<typeof ZProgress>;
