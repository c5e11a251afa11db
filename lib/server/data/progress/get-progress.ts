import "server-only";
import type { TProgress, TProgressDay } from "@/lib/contracts/progress";
import { foldIntoDays, foldIntoWeeks, type TDayTotals } from "@/lib/srs/fold-days";
import { forecastDue } from "@/lib/srs/forecast";
import { addDays, bucketOf, learnerDayOf, startOfLearnerDay, weekOf } from "@/lib/srs/learner-day";
import { computeStreaks } from "@/lib/srs/streaks";
import { db } from "@/lib/server/db";
import { readStudySettings } from "@/lib/server/data/reviews/read-study-settings";
import { activeCardsOf } from "@/lib/server/data/reviews/review-filters";
import type { TActor } from "@/lib/server/permissions/roles";
import { readMastery } from "./read-mastery";

const HEATMAP_DAYS = 365;
const RETENTION_WEEKS = 26;
const FORECAST_DAYS = 30;
const TIME_DAYS = 30;
const TIME_WEEKS = 12;

// Everything on /progress. History comes from the quarter-hour totals (ReviewBucketTotal), never
// from the answers themselves, so the cost follows the number of active quarter-hours and the
// number of cards, not the number of answers.
export async function getProgress(options: { actor: TActor; now?: Date }): Promise<TProgress> {
  const userId = options.actor.id;
  const now = options.now ?? new Date();
  const settings = await readStudySettings({ db, userId });
  const today = learnerDayOf(now, settings);
  const firstDay = addDays(today, -(HEATMAP_DAYS + 7));
  const forecastEnd = startOfLearnerDay(addDays(today, FORECAST_DAYS), settings);
  const [totals, dues, states, mastery] = await Promise.all([
    db.reviewBucketTotal.findMany({
      where: { userId, bucket: { gte: bucketOf(startOfLearnerDay(firstDay, settings)) }, reviews: { gt: 0 } },
      select: { bucket: true, reviews: true, durationMs: true, passed: true, graded: true },
    }),
    db.reviewCard.findMany({ where: { ...activeCardsOf(userId), due: { lt: forecastEnd } }, select: { due: true } }),
    db.reviewCard.groupBy({ by: ["state"], where: activeCardsOf(userId), _count: { _all: true } }),
    readMastery({ userId, now, desiredRetention: settings.desiredRetention }),
  ]);
  const days = foldIntoDays(totals, settings);
  const weeks = foldIntoWeeks(days);
  const countOf = (state: string) => states.find((s) => s.state === state)?._count._all ?? 0;
  const activity = [...days.entries()].filter(([day]) => day > addDays(today, -HEATMAP_DAYS)).sort(([a], [b]) => a.localeCompare(b));
  const dayRow = (day: string, t: TDayTotals | undefined): TProgressDay => ({ day, reviews: t?.reviews ?? 0, durationMs: t?.durationMs ?? 0 });
  const thisWeek = weekOf(today);
  const lastWeeks = (n: number) => Array.from({ length: n }, (_, i) => addDays(thisWeek, -7 * (n - 1 - i)));
  return {
    settings: { desiredRetention: settings.desiredRetention, dailyGoal: settings.dailyGoal, timeZone: settings.timeZone, dayStartHour: settings.dayStartHour },
    today: dayRow(today, days.get(today)),
    streaks: computeStreaks(days.keys(), today),
    activity: activity.map(([day, t]) => dayRow(day, t)),
    retention: lastWeeks(RETENTION_WEEKS).map((week) => ({ week, graded: weeks.get(week)?.graded ?? 0, passed: weeks.get(week)?.passed ?? 0 })),
    forecast: forecastDue(
      dues.map((d) => d.due),
      { now, clock: settings, days: FORECAST_DAYS },
    ),
    mastery: { banks: mastery.banks, tags: mastery.tags },
    time: {
      days: Array.from({ length: TIME_DAYS }, (_, i) => addDays(today, i - TIME_DAYS + 1)).map((day) => dayRow(day, days.get(day))),
      weeks: lastWeeks(TIME_WEEKS).map((week) => dayRow(week, weeks.get(week))),
    },
    counts: { new: Math.max(0, mastery.liveItems - mastery.studiedItems), learning: countOf("learning"), review: countOf("review"), lapsed: countOf("relearning") },
  };
}
