import { describe, expect, it } from "vitest";
import { BUCKET_MS, addDays, bucketOf, learnerDayOf, startOfLearnerDay, startOfNextLearnerDay, weekOf } from "./learner-day";
import { isDueNow, LEARN_AHEAD_MS } from "./due";

const at = (iso: string) => new Date(iso);

describe("learner-days", () => {
  it("counts a review at 03:30 for the day before when the day starts at 04:00", () => {
    const utc = { timeZone: "UTC", dayStartHour: 4 };
    expect(learnerDayOf(at("2026-06-02T03:30:00Z"), utc)).toBe("2026-06-01");
    expect(learnerDayOf(at("2026-06-02T04:00:00Z"), utc)).toBe("2026-06-02");
    expect(learnerDayOf(at("2026-06-02T03:30:00Z"), { timeZone: "UTC", dayStartHour: 0 })).toBe("2026-06-02");
  });

  it("follows the learner's time zone, half and quarter-hour offsets included", () => {
    expect(learnerDayOf(at("2026-06-01T22:30:00Z"), { timeZone: "Asia/Tokyo", dayStartHour: 4 })).toBe("2026-06-02");
    expect(learnerDayOf(at("2026-06-01T22:30:00Z"), { timeZone: "America/Los_Angeles", dayStartHour: 4 })).toBe("2026-06-01");
    expect(startOfLearnerDay("2026-06-01", { timeZone: "Asia/Kathmandu", dayStartHour: 0 })).toEqual(at("2026-05-31T18:15:00Z"));
    expect(startOfLearnerDay("2026-06-01", { timeZone: "Asia/Kolkata", dayStartHour: 4 })).toEqual(at("2026-05-31T22:30:00Z"));
  });

  it("keeps days right across DST changes in both directions", () => {
    const ny = { timeZone: "America/New_York", dayStartHour: 4 };
    // Spring forward on 2026-03-08: that learner-day is 23 hours long.
    expect(startOfLearnerDay("2026-03-08", ny)).toEqual(at("2026-03-08T08:00:00Z"));
    expect(startOfLearnerDay("2026-03-09", ny)).toEqual(at("2026-03-09T08:00:00Z"));
    expect(startOfLearnerDay("2026-03-07", ny)).toEqual(at("2026-03-07T09:00:00Z"));
    // 03:30 EDT on the morning of the change still belongs to Saturday.
    expect(learnerDayOf(at("2026-03-08T07:30:00Z"), ny)).toBe("2026-03-07");
    // Fall back on 2026-11-01: that learner-day is 25 hours long.
    expect(startOfLearnerDay("2026-11-01", ny)).toEqual(at("2026-11-01T09:00:00Z"));
    expect(startOfLearnerDay("2026-11-02", ny)).toEqual(at("2026-11-02T09:00:00Z"));
    // A start hour inside the spring gap begins the day when the clocks jump.
    expect(startOfLearnerDay("2026-03-08", { timeZone: "America/New_York", dayStartHour: 2 })).toEqual(at("2026-03-08T07:00:00Z"));
    // Europe changes on other dates.
    const berlin = { timeZone: "Europe/Berlin", dayStartHour: 4 };
    expect(startOfLearnerDay("2026-03-29", berlin)).toEqual(at("2026-03-29T02:00:00Z"));
    expect(startOfNextLearnerDay(at("2026-03-28T12:00:00Z"), berlin)).toEqual(at("2026-03-29T02:00:00Z"));
  });

  it("round-trips every day of a year in several zones", () => {
    for (const timeZone of ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu"]) {
      for (const dayStartHour of [0, 4, 23]) {
        let day = "2026-01-01";
        for (let i = 0; i < 366; i++) {
          const start = startOfLearnerDay(day, { timeZone, dayStartHour });
          expect(learnerDayOf(start, { timeZone, dayStartHour })).toBe(day);
          expect(learnerDayOf(new Date(start.getTime() - 1), { timeZone, dayStartHour })).toBe(addDays(day, -1));
          // Days start on a quarter-hour, so buckets never straddle two days.
          expect(start.getTime() % BUCKET_MS).toBe(0);
          day = addDays(day, 1);
        }
      }
    }
  });

  it("numbers quarter-hours and weeks", () => {
    expect(bucketOf(at("1970-01-01T00:14:59Z"))).toBe(0);
    expect(bucketOf(at("1970-01-01T00:15:00Z"))).toBe(1);
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
    expect(weekOf("2026-11-30")).toBe("2026-11-30");
  });
});

describe("due", () => {
  const now = at("2026-06-01T12:00:00Z");
  const endOfToday = at("2026-06-02T04:00:00Z");
  it("serves day-scheduled cards for their whole day and learning cards at their time", () => {
    expect(isDueNow({ scheduledDays: 3, due: at("2026-06-01T20:00:00Z") }, { now, endOfToday })).toBe(true);
    expect(isDueNow({ scheduledDays: 3, due: at("2026-06-02T04:00:00Z") }, { now, endOfToday })).toBe(false);
    expect(isDueNow({ scheduledDays: 0, due: new Date(now.getTime() + LEARN_AHEAD_MS) }, { now, endOfToday })).toBe(true);
    expect(isDueNow({ scheduledDays: 0, due: new Date(now.getTime() + LEARN_AHEAD_MS + 1) }, { now, endOfToday })).toBe(false);
  });
});
