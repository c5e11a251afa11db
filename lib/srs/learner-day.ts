import type { TDayClock } from "./settings";

// A learner-day is a calendar date in the learner's time zone that starts at their chosen hour
// (04:00 by default, as in Anki), so a review at 03:30 still counts for the day before. Days are
// named "YYYY-MM-DD". Everything here is wall-clock arithmetic through Intl, so DST changes and
// odd offsets (+05:45, +13:00) need no special cases.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Aggregates group answers in quarter-hour buckets: every UTC offset in use is a whole number
 * of quarter-hours and a day starts on the hour, so no bucket straddles two learner-days. */
export const BUCKET_MS = 15 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time at `instant` in `timeZone`, expressed as if that wall time were UTC. */
function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + (((instant.getTime() % 1000) + 1000) % 1000);
}

function toDayKey(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function parseDayKey(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function learnerDayOf(instant: Date, clock: TDayClock): string {
  return toDayKey(wallClockMs(instant, clock.timeZone) - clock.dayStartHour * HOUR_MS);
}

export function addDays(day: string, days: number): string {
  return toDayKey(parseDayKey(day) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseDayKey(to) - parseDayKey(from)) / DAY_MS);
}

/** The instant `day` begins. When the start hour does not exist that day (a DST gap), the day
 * begins at the first instant after the gap. */
export function startOfLearnerDay(day: string, clock: TDayClock): Date {
  const wanted = parseDayKey(day) + clock.dayStartHour * HOUR_MS;
  // The offset at the answer is one of the offsets near it; two corrections settle it.
  let guess = wanted;
  for (let i = 0; i < 3; i++) guess = wanted - (wallClockMs(new Date(guess), clock.timeZone) - guess);
  if (wallClockMs(new Date(guess), clock.timeZone) === wanted) return new Date(guess);
  // In a gap: search forward in quarter-hours for the first instant whose learner-day is `day`.
  let probe = Math.floor(guess / BUCKET_MS) * BUCKET_MS - 4 * HOUR_MS;
  while (learnerDayOf(new Date(probe), clock) < day) probe += BUCKET_MS;
  return new Date(probe);
}

export function startOfNextLearnerDay(instant: Date, clock: TDayClock): Date {
  return startOfLearnerDay(addDays(learnerDayOf(instant, clock), 1), clock);
}

export function bucketOf(instant: Date): number {
  return Math.floor(instant.getTime() / BUCKET_MS);
}

export function bucketStart(bucket: number): Date {
  return new Date(bucket * BUCKET_MS);
}

/** Monday of the ISO week `day` is in, as a day key. */
export function weekOf(day: string): string {
  const weekday = (new Date(parseDayKey(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
