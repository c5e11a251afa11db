import { describe, expect, it } from "vitest";
import type { TTrace } from "@/lib/sandbox";
import { describeMoment, playbackDurationMs, playbackTime } from "./playback";

const trace: TTrace = {
  endTime: 2,
  events: [],
  lanes: [
    {
      id: 0,
      label: "MainThread",
      kind: "thread",
      processId: 0,
      intervals: [
        { state: "running", start: 0, end: 0.5 },
        { state: "blocked", start: 0.5, end: 2, detail: "join" },
      ],
    },
    { id: 1, label: "Thread-1", kind: "thread", processId: 0, intervals: [{ state: "running", start: 0.5, end: 1 }] },
  ],
};

describe("timeline playback", () => {
  it("moves the cursor linearly over a duration that grows slowly with the run", () => {
    const duration = playbackDurationMs(2);
    expect(duration).toBeGreaterThan(2500);
    expect(duration).toBeLessThanOrEqual(6000);
    expect(playbackDurationMs(1000)).toBe(6000);
    expect(playbackTime(duration / 2, 2)).toBeCloseTo(1);
    expect(playbackTime(duration, 2)).toBeNull();
    expect(playbackTime(0, 0)).toBeNull();
  });

  it("says what each lane is doing at a moment", () => {
    expect(describeMoment(trace, 0.25)).toEqual([
      { label: "MainThread", state: "running" },
      { label: "Thread-1", state: "not started" },
    ]);
    expect(describeMoment(trace, 0.75)).toEqual([
      { label: "MainThread", state: "blocked", detail: "join" },
      { label: "Thread-1", state: "running" },
    ]);
    expect(describeMoment(trace, 1.5)[1]).toEqual({ label: "Thread-1", state: "done" });
  });
});
