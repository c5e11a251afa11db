// What /progress shows. Types only: the server builds it, the dashboard components draw it.
import type { TMastery } from "@/lib/srs/mastery";

export type TProgressDay = { day: string; reviews: number; durationMs: number };
export type TRetentionWeek = { week: string; graded: number; passed: number };
export type TMasteryRow = TMastery & { bank: { slug: string; name: string; emoji: string }; tag: string | null };

export type TProgress = {
  settings: { desiredRetention: number; dailyGoal: number; timeZone: string; dayStartHour: number };
  today: { day: string; reviews: number; durationMs: number };
  streaks: { current: number; longest: number };
  /** learner-days with at least one answer, over the last 365 days, oldest first */
  activity: TProgressDay[];
  /** the last 26 ISO weeks, oldest first, empty weeks included */
  retention: TRetentionWeek[];
  /** the next 30 learner-days, today first */
  forecast: { day: string; due: number }[];
  mastery: { banks: TMasteryRow[]; tags: TMasteryRow[] };
  /** the last 30 learner-days and the last 12 weeks, oldest first, empty ones included */
  time: { days: TProgressDay[]; weeks: TProgressDay[] };
  /** new: live items not studied yet; lapsed: cards relearning after a lapse */
  counts: { new: number; learning: number; review: number; lapsed: number };
};
