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
import { cardSelect } from "@/lib/server/data/reviews/record-review";
import { measureMastery } from "./measure-mastery";
import { readPublishedStructure } from "./read-published-structure";

const HEATMAP_DAYS = 365;
const RETENTION_WEEKS = 26;
const FORECAST_DAYS = 30;
const TIME_DAYS = 30;
const TIME_WEEKS = 12;
const DAY_MS = 86_400_000;

// Everything on /progress, in four queries run together: the settings, the quarter-hour totals
// (ReviewBucketTotal, never the answers themselves, so the cost follows the number of active
// quarter-hours, not the number of answers), the learner's cards (once, for the forecast, the
// state counts and mastery alike) and what is published (shared by every learner, cached).
export async function getProgress(options: { actor: TActor; now?: Date }): Promise<TProgress> {
  const userId = options.actor.id;
  const now = options.now ?? new Date();
  // The heatmap's first day depends on the learner's clock; two more days cover any time zone,
  // and the exact cut is made below once the settings are in.
  const earliest = bucketOf(new Date(now.getTime() - (HEATMAP_DAYS + 9) * DAY_MS));
  const [settings, allTotals, cards, published] = await Promise.all([
    readStudySettings({ db, userId }),
    db.reviewBucketTotal.findMany({
      where: { userId, bucket: { gte: earliest }, reviews: { gt: 0 } },
      select: { bucket: true, reviews: true, durationMs: true, passed: true, graded: true },
    }),
    db.reviewCard.findMany({ where: activeCardsOf(userId), select: { ...cardSelect, questionId: true } }),
    readPublishedStructure(),
  ]);
  const today = learnerDayOf(now, settings);
  const firstBucket = bucketOf(startOfLearnerDay(addDays(today, -(HEATMAP_DAYS + 7)), settings));
  const totals = allTotals.filter((t) => t.bucket >= firstBucket);
  const forecastEnd = startOfLearnerDay(addDays(today, FORECAST_DAYS), settings);
  const dues = cards.filter((c) => c.due < forecastEnd).map((c) => c.due);
  const mastery = measureMastery({ cards, published, now, desiredRetention: settings.desiredRetention });
  const days = foldIntoDays(totals, settings);
  const weeks = foldIntoWeeks(days);
  const countOf = (state: string) => cards.reduce((n, c) => n + Number(c.state === state), 0);
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
      dues,
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
