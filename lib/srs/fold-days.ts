import { bucketStart, learnerDayOf, weekOf } from "./learner-day";
import type { TDayClock } from "./settings";

/** One SQL group: the answers of one quarter-hour. */
export type TBucketRow = { bucket: number; reviews: number; durationMs: number; passed: number; graded: number };
export type TDayTotals = { reviews: number; durationMs: number; passed: number; graded: number };

/** Folds quarter-hour groups into learner-days (see BUCKET_MS for why that is exact). */
export function foldIntoDays(rows: readonly TBucketRow[], clock: TDayClock): Map<string, TDayTotals> {
  const days = new Map<string, TDayTotals>();
  for (const row of rows) {
    const day = learnerDayOf(bucketStart(row.bucket), clock);
    const total = days.get(day) ?? { reviews: 0, durationMs: 0, passed: 0, graded: 0 };
    total.reviews += row.reviews;
    total.durationMs += row.durationMs;
    total.passed += row.passed;
    total.graded += row.graded;
    days.set(day, total);
  }
  return days;
}

/** Learner-days summed into ISO weeks (Monday first). */
export function foldIntoWeeks(days: ReadonlyMap<string, TDayTotals>): Map<string, TDayTotals> {
  const weeks = new Map<string, TDayTotals>();
  for (const [day, totals] of days) {
    const week = weekOf(day);
    const sum = weeks.get(week) ?? { reviews: 0, durationMs: 0, passed: 0, graded: 0 };
    sum.reviews += totals.reviews;
    sum.durationMs += totals.durationMs;
    sum.passed += totals.passed;
    sum.graded += totals.graded;
    weeks.set(week, sum);
  }
  return weeks;
}
