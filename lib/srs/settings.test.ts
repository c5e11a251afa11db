import { describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS, ZStudySettings } from "./settings";

describe("study settings", () => {
  it("accepts the defaults and the edges of each range", () => {
    expect(ZStudySettings.parse(DEFAULT_STUDY_SETTINGS)).toEqual(DEFAULT_STUDY_SETTINGS);
    expect(ZStudySettings.safeParse({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.7, dayStartHour: 0, newPerDay: 0 }).success).toBe(true);
    expect(ZStudySettings.safeParse({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.97, dayStartHour: 23, timeZone: "Asia/Kathmandu" }).success).toBe(true);
  });
  it("refuses out-of-range values with a message", () => {
    const refuse = (patch: Record<string, unknown>) => {
      const result = ZStudySettings.safeParse({ ...DEFAULT_STUDY_SETTINGS, ...patch });
      expect(result.success).toBe(false);
      return result.error?.issues[0]?.message ?? "";
    };
    expect(refuse({ desiredRetention: 0.98 })).toMatch(/at most 0.97/);
    expect(refuse({ desiredRetention: 0.5 })).toMatch(/at least 0.7/);
    expect(refuse({ dayStartHour: 24 })).toMatch(/0 to 23/);
    expect(refuse({ dayStartHour: 3.5 })).toBeTruthy();
    expect(refuse({ newPerDay: -1 })).toBeTruthy();
    expect(refuse({ dailyGoal: 0 })).toMatch(/at least 1/);
    expect(refuse({ timeZone: "Mars/Olympus_Mons" })).toMatch(/Unknown time zone/);
    expect(refuse({ desiredRetention: "0.9" })).toBeTruthy();
    expect(refuse({ extra: true })).toBeTruthy();
  });
});
