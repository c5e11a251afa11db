import { describe, expect, it } from "vitest";
import type { TTrace } from "@/lib/sandbox";
import { clampWindow, formatDuration, formatSeconds, layoutTimeline, panWindow, timeTicks, zoomWindow } from "./layout-timeline";

// Two threads over 2 s: the main thread starts a worker, sleeps on join; the worker sleeps 1 s.
const trace: TTrace = {
  endTime: 2,
  lanes: [
    {
      id: 0,
      label: "MainThread",
      kind: "thread",
      processId: 0,
      intervals: [
        { state: "running", start: 0, end: 0.5 },
        { state: "blocked", start: 0.5, end: 1.5, detail: "Thread.join" },
        { state: "running", start: 1.5, end: 2 },
      ],
    },
    {
      id: 1,
      label: "Thread-1 (worker)",
      kind: "thread",
      processId: 0,
      intervals: [
        { state: "ready", start: 0, end: 0.25, detail: "waiting for GIL" },
        { state: "blocked", start: 0.25, end: 1.25, detail: "time.sleep(1.0)" },
        { state: "running", start: 1.25, end: 1.5 },
      ],
    },
  ],
  events: [{ t: 1.5, kind: "end", lane: 1 }],
};

describe("layoutTimeline", () => {
  it("maps intervals to rectangles across the plot, one lane per trace lane", () => {
    const layout = layoutTimeline([{ trace }], { width: 1150, labelWidth: 142, laneHeight: 20 });
    expect(layout.plotX).toBe(142);
    expect(layout.plotWidth).toBe(1000);
    expect(layout.lanes.map((l) => [l.label, l.y])).toEqual([
      ["MainThread", 0],
      ["Thread-1 (worker)", 20],
    ]);
    expect(layout.lanes[0]!.rects.map((r) => [r.state, r.x, r.width])).toEqual([
      ["running", 142, 250],
      ["blocked", 392, 500],
      ["running", 892, 250],
    ]);
    expect(layout.lanes[0]!.rects[1]!.detail).toBe("Thread.join");
    expect(layout.groups).toEqual([]);
    expect(layout.domainEnd).toBe(2);
  });

  it("shows a lane as done from its end event to the end of the run", () => {
    const layout = layoutTimeline([{ trace }], { width: 1150, labelWidth: 142 });
    const last = layout.lanes[1]!.rects.at(-1)!;
    expect(last).toMatchObject({ state: "done", start: 1.5, end: 2, x: 892, width: 250 });
  });

  it("ends a lane without an end event (an asyncio task) at its last interval", () => {
    const task: TTrace = {
      endTime: 2,
      events: [],
      lanes: [{ id: 0, label: "Task-2 (download)", kind: "task", processId: 0, intervals: [{ state: "blocked", start: 0, end: 1 }] }],
    };
    const rects = layoutTimeline([{ trace: task }], { width: 1150, labelWidth: 142 }).lanes[0]!.rects;
    expect(rects.map((r) => [r.state, r.start, r.end])).toEqual([
      ["blocked", 0, 1],
      ["done", 1, 2],
    ]);
  });

  it("clips to the zoomed window and drops what lies outside it", () => {
    const layout = layoutTimeline([{ trace }], { width: 1150, labelWidth: 142, view: { start: 1, end: 1.5 } });
    expect(layout.lanes[0]!.rects.map((r) => [r.state, r.x, r.width])).toEqual([
      ["blocked", 142, 1000],
      ["running", 1142, 2],
    ]);
    expect(layout.lanes[1]!.rects.map((r) => r.state)).toEqual(["blocked", "running", "done"]);
  });

  it("merges sub-pixel intervals into one rectangle where running wins", () => {
    const intervals = Array.from({ length: 1000 }, (_, i) => ({ state: i % 2 ? ("ready" as const) : ("running" as const), start: i * 0.001, end: (i + 1) * 0.001 }));
    const busy: TTrace = { endTime: 1, events: [], lanes: [{ id: 0, label: "T", kind: "thread", processId: 0, intervals }] };
    const layout = layoutTimeline([{ trace: busy }], { width: 258, labelWidth: 150 });
    const rects = layout.lanes[0]!.rects;
    expect(rects.length).toBeLessThan(150);
    expect(rects.every((r) => r.state === "running")).toBe(true);
    expect(rects.reduce((n, r) => n + r.merged, 0)).toBe(1000);
  });

  it("stacks several traces under group titles on one shared axis", () => {
    const short: TTrace = { ...trace, endTime: 1, lanes: [{ ...trace.lanes[0]!, intervals: [{ state: "running", start: 0, end: 1 }] }], events: [] };
    const layout = layoutTimeline(
      [
        { title: "threads", trace },
        { title: "asyncio", trace: short },
      ],
      { width: 1150, labelWidth: 142, laneHeight: 20, groupTitleHeight: 18 },
    );
    expect(layout.groups).toEqual([
      { index: 0, title: "threads", y: 0 },
      { index: 1, title: "asyncio", y: 58 },
    ]);
    expect(layout.lanes.map((l) => [l.group, l.y])).toEqual([
      [0, 18],
      [0, 38],
      [1, 76],
    ]);
    // The 1 s run ends half-way along the 2 s axis.
    expect(layout.lanes[2]!.rects[0]).toMatchObject({ x: 142, width: 500 });
    expect(layout.axisY).toBe(100);
  });
});

describe("time axis", () => {
  it("picks 1-2-5 steps and labels them in the axis's unit", () => {
    expect(timeTicks({ start: 0, end: 2 }, 900).map((t) => t.label)).toEqual(["0", "0.2 s", "0.4 s", "0.6 s", "0.8 s", "1 s", "1.2 s", "1.4 s", "1.6 s", "1.8 s", "2 s"]);
    expect(timeTicks({ start: 0, end: 0.005 }, 450).map((t) => t.label)).toEqual(["0", "1 ms", "2 ms", "3 ms", "4 ms", "5 ms"]);
    expect(timeTicks({ start: 0, end: 4e-6 }, 200).map((t) => t.label)).toEqual(["0", "2 µs", "4 µs"]);
  });

  it("keeps enough decimals when zoomed far from zero", () => {
    const labels = timeTicks({ start: 1.000002, end: 1.000003 }, 300).map((t) => t.label);
    expect(labels).toEqual(["1.000002 s", "1.0000025 s", "1.000003 s"]);
  });

  it("formats durations for the metrics", () => {
    expect(formatDuration(2.0000036)).toBe("2.00 s");
    expect(formatDuration(0.005)).toBe("5.00 ms");
    expect(formatDuration(3.6e-6)).toBe("3.60 µs");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatSeconds(0.25, 0.05, 2)).toBe("0.25 s");
  });
});

describe("zoom and pan", () => {
  it("zooms around a point and never leaves the run", () => {
    expect(zoomWindow({ start: 0, end: 2 }, 0.5, 1, 2)).toEqual({ start: 0.5, end: 1.5 });
    expect(zoomWindow({ start: 0.5, end: 1.5 }, 4, 1, 2)).toEqual({ start: 0, end: 2 });
    expect(panWindow({ start: 0.5, end: 1.5 }, 1, 2)).toEqual({ start: 1, end: 2 });
    expect(panWindow({ start: 0.5, end: 1.5 }, -1, 2)).toEqual({ start: 0, end: 1 });
    expect(clampWindow({ start: -1, end: 5 }, 2)).toEqual({ start: 0, end: 2 });
  });
});
