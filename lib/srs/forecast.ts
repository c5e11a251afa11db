import { addDays, learnerDayOf } from "./learner-day";
import type { TDayClock } from "./settings";

export type TForecastDay = { day: string; due: number };

/** Reviews due on each of the next `days` learner-days, today first; overdue cards count today. */
export function forecastDue(dues: readonly Date[], options: { now: Date; clock: TDayClock; days: number }): TForecastDay[] {
  const today = learnerDayOf(options.now, options.clock);
  const result = Array.from({ length: options.days }, (_, i) => ({ day: addDays(today, i), due: 0 }));
  const index = new Map(result.map((entry, i) => [entry.day, i]));
  for (const due of dues) {
    const day = due <= options.now ? today : learnerDayOf(due, options.clock);
    const at = index.get(day);
    if (at !== undefined) result[at]!.due += 1;
  }
  return result;
}
