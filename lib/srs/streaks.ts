import { addDays } from "./learner-day";

export type TStreaks = { current: number; longest: number };

/** Streaks over learner-days with at least one review. Today without a review yet does not break
 * the current streak: it still counts the run that ended yesterday, as a learner would expect
 * before they have studied today. */
export function computeStreaks(activeDays: Iterable<string>, today: string): TStreaks {
  const days = new Set(activeDays);
  let current = 0;
  let cursor = days.has(today) ? today : addDays(today, -1);
  while (days.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue;
    let length = 0;
    let at = day;
    while (days.has(at)) {
      length += 1;
      at = addDays(at, 1);
    }
    longest = Math.max(longest, length);
  }
  return { current, longest };
}
