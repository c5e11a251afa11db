import { bucketStart, learnerDayOf, weekOf } from "./learner-day";
import type { TDayClock } from "./settings";

/** One SQL group: the answers of one quarter-hour. */
export type TBucketRow = { bucket: number; reviews: number; durationMs: number; passed: number; graded: number };
export type TDayTotals = { reviews: number; durationMs: number; passed: number; graded: number };

const empty = (): TDayTotals => ({ reviews: 0, durationMs: 0, passed: 0, graded: 0 });

function add(into: TDayTotals, more: TDayTotals): void {
  into.reviews += more.reviews;
  into.durationMs += more.durationMs;
  into.passed += more.passed;
  into.graded += more.graded;
}

/** Folds quarter-hour groups into learner-days (see BUCKET_MS for why that is exact). */
export function foldIntoDays(rows: readonly TBucketRow[], clock: TDayClock): Map<string, TDayTotals> {
  const days = new Map<string, TDayTotals>();
  for (const row of rows) {
    const day = learnerDayOf(bucketStart(row.bucket), clock);
    const total = days.get(day) ?? empty();
    add(total, row);
    days.set(day, total);
  }
  return days;
}

/** Learner-days summed into ISO weeks (Monday first). */
export function foldIntoWeeks(days: ReadonlyMap<string, TDayTotals>): Map<string, TDayTotals> {
  const weeks = new Map<string, TDayTotals>();
  for (const [day, totals] of days) {
    const week = weekOf(day);
    const sum = weeks.get(week) ?? empty();
    add(sum, totals);
    weeks.set(week, sum);
  }
  return weeks;
}
