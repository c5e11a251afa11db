// Pure layout for the sandbox timeline: traces + a pixel width + a time window → swimlanes of
// rectangles and axis ticks. The React component only draws what this returns.
import type { TTrace } from "@/lib/sandbox";
import { deriveProcessIntervals } from "./process-intervals";

export type TLaneState = "running" | "ready" | "blocked" | "done";

export type TTimelineRect = {
  x: number;
  width: number;
  state: TLaneState;
  start: number;
  end: number;
  detail?: string;
  /** how many trace intervals this rectangle stands for (more than 1 when they were narrower than a pixel) */
  merged: number;
};

export type TTimelineLane = { key: string; group: number; label: string; kind: string; y: number; rects: TTimelineRect[] };
export type TTimelineGroup = { index: number; title: string; y: number };
export type TTimelineTick = { x: number; t: number; label: string };
export type TTimeWindow = { start: number; end: number };

export type TTimelineLayout = {
  width: number;
  height: number;
  /** the plot area: lanes are drawn from plotX to plotX + plotWidth */
  plotX: number;
  plotWidth: number;
  laneHeight: number;
  groups: TTimelineGroup[];
  lanes: TTimelineLane[];
  ticks: TTimelineTick[];
  /** the window actually shown, clamped to [0, domainEnd] */
  view: TTimeWindow;
  /** the latest end time over all traces: the full extent of the axis */
  domainEnd: number;
  axisY: number;
};

export type TLayoutOptions = {
  width: number;
  view?: TTimeWindow;
  labelWidth?: number;
  laneHeight?: number;
  /** height of a group title row; groups only get a title row when there is more than one */
  groupTitleHeight?: number;
  axisHeight?: number;
};

const STATE_PRIORITY: Record<TLaneState, number> = { running: 3, ready: 2, blocked: 1, done: 0 };
// Below this, an interval is merged with its tiny neighbours: thousands of sub-pixel GIL
// switches would otherwise become thousands of invisible SVG nodes.
const MIN_RECT_PX = 1;
// Running bursts are what the learner looks for, and are often microseconds in a run of seconds:
// they are drawn at least this wide (and on top, see the component).
const MIN_RUNNING_PX = 2;
// lib/sandbox/sched/trace.ts records at most this many intervals per run.
const TRACE_INTERVAL_CAP = 20000;

export function layoutTimeline(traces: { title?: string; trace: TTrace }[], options: TLayoutOptions): TTimelineLayout {
  const labelWidth = options.labelWidth ?? 150;
  const laneHeight = options.laneHeight ?? 22;
  const groupTitleHeight = traces.length > 1 ? (options.groupTitleHeight ?? 20) : 0;
  const axisHeight = options.axisHeight ?? 24;
  const width = Math.max(options.width, labelWidth + 40);
  const plotX = labelWidth;
  const plotWidth = width - labelWidth - 8;
  const domainEnd = Math.max(0, ...traces.map((t) => t.trace.endTime));
  const view = clampWindow(options.view ?? { start: 0, end: domainEnd }, domainEnd);
  const span = view.end - view.start || 1;
  const toX = (t: number) => plotX + ((t - view.start) / span) * plotWidth;

  const groups: TTimelineGroup[] = [];
  const lanes: TTimelineLane[] = [];
  let y = 0;
  traces.forEach(({ title, trace }, group) => {
    if (groupTitleHeight) {
      groups.push({ index: group, title: title ?? `Run ${group + 1}`, y });
      y += groupTitleHeight;
    }
    const endEvents = new Map<number, number>();
    for (const e of trace.events) if (e.kind === "end") endEvents.set(e.lane, e.t);
    // The recorder stops adding intervals after its cap; then a lane's last interval is not its end.
    const complete = trace.lanes.reduce((n, l) => n + l.intervals.length, 0) < TRACE_INTERVAL_CAP;
    for (const lane of trace.lanes) {
      const intervals = lane.kind === "process" ? deriveProcessIntervals(trace, lane) : lane.intervals.map((iv) => ({ ...iv }));
      // The trace closes a lane without a "done" interval; draw one from the lane's end (its end
      // event; tasks have none, so their last interval) to the end of the run, so a finished
      // worker reads as finished rather than absent.
      const endedAt = endEvents.get(lane.id) ?? (complete ? intervals.at(-1)?.end : undefined);
      if (endedAt !== undefined && endedAt < trace.endTime) intervals.push({ state: "done", start: endedAt, end: trace.endTime });
      lanes.push({ key: `${group}:${lane.id}`, group, label: lane.label, kind: lane.kind, y, rects: layoutRects(intervals, view, toX) });
      y += laneHeight;
    }
  });
  const axisY = y + 4;
  return {
    width,
    height: axisY + axisHeight,
    plotX,
    plotWidth,
    laneHeight,
    groups,
    lanes,
    ticks: timeTicks(view, plotWidth).map((t) => ({ ...t, x: toX(t.t) })),
    view,
    domainEnd,
    axisY,
  };
}

function layoutRects(intervals: { state: TLaneState; start: number; end: number; detail?: string }[], view: TTimeWindow, toX: (t: number) => number): TTimelineRect[] {
  const rects: TTimelineRect[] = [];
  for (const iv of intervals) {
    if (iv.end < view.start || iv.start > view.end) continue;
    const x0 = toX(Math.max(iv.start, view.start));
    const x1 = toX(Math.min(iv.end, view.end));
    const last = rects.at(-1);
    if (x1 - x0 < MIN_RECT_PX && last && last.width <= MIN_RUNNING_PX && x0 - (last.x + last.width) < MIN_RECT_PX) {
      // Merge into the previous sliver; the busiest state wins so short bursts of running stay visible.
      last.width = Math.max(last.width, x1 - last.x);
      last.end = iv.end;
      last.merged += 1;
      if (STATE_PRIORITY[iv.state] > STATE_PRIORITY[last.state]) last.state = iv.state;
      if (last.state === "running") last.width = Math.max(last.width, MIN_RUNNING_PX);
      delete last.detail;
      continue;
    }
    const rect: TTimelineRect = {
      x: x0,
      width: Math.max(x1 - x0, iv.state === "running" ? MIN_RUNNING_PX : MIN_RECT_PX),
      state: iv.state,
      start: iv.start,
      end: iv.end,
      merged: 1,
    };
    if (iv.detail !== undefined) rect.detail = iv.detail;
    rects.push(rect);
  }
  return rects;
}

export function clampWindow(view: TTimeWindow, domainEnd: number): TTimeWindow {
  const full = domainEnd > 0 ? domainEnd : 1;
  let span = Math.min(Math.max(view.end - view.start, full * 1e-9, 1e-12), full);
  if (!Number.isFinite(span)) span = full;
  let start = Math.min(Math.max(view.start, 0), full - span);
  if (!Number.isFinite(start)) start = 0;
  return { start, end: start + span };
}

/** Zoom the window by `factor` (< 1 zooms in) around time `at`. */
export function zoomWindow(view: TTimeWindow, factor: number, at: number, domainEnd: number): TTimeWindow {
  const start = at - (at - view.start) * factor;
  const end = at + (view.end - at) * factor;
  return clampWindow({ start, end }, domainEnd);
}

/** Move the window by `delta` seconds, keeping its span. */
export function panWindow(view: TTimeWindow, delta: number, domainEnd: number): TTimeWindow {
  return clampWindow({ start: view.start + delta, end: view.end + delta }, domainEnd);
}

/** "Nice" ticks (1, 2 or 5 × 10^k) about every 90 px, labelled in the unit their step calls for. */
export function timeTicks(view: TTimeWindow, plotWidth: number): { t: number; label: string }[] {
  const span = view.end - view.start;
  if (!(span > 0)) return [{ t: view.start, label: formatSeconds(view.start, 1) }];
  const target = Math.max(2, Math.floor(plotWidth / 90));
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const first = Math.ceil(view.start / step - 1e-9) * step;
  const ticks: { t: number; label: string }[] = [];
  for (let i = 0; ; i++) {
    const t = first + i * step;
    if (t > view.end + step * 1e-9) break;
    ticks.push({ t, label: formatSeconds(t, step, view.end) });
  }
  return ticks;
}

const UNITS: [number, string][] = [
  [1, "s"],
  [1e-3, "ms"],
  [1e-6, "µs"],
  [1e-9, "ns"],
];

/** A tick label: the unit fits the largest time on the axis (so labels of one axis share it),
 * with just enough decimals to tell ticks `step` apart. */
export function formatSeconds(t: number, step = Math.abs(t), largest = Math.abs(t)): string {
  if (t === 0) return "0";
  const [scale, unit] = UNITS.find(([s]) => largest >= s) ?? UNITS[UNITS.length - 1]!;
  const value = t / scale;
  const stepInUnit = step / scale;
  const decimals = Math.min(9, Math.max(0, -Math.floor(Math.log10(stepInUnit) + 1e-9)));
  return `${trimZeros(value.toFixed(decimals))} ${unit}`;
}

/** A duration for people: "2.00 s", "5.0 ms", "3.6 µs". */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return "0 s";
  const abs = Math.abs(seconds);
  const [scale, unit] = UNITS.find(([s]) => abs >= s) ?? UNITS[UNITS.length - 1]!;
  const value = seconds / scale;
  return `${value.toPrecision(3)} ${unit}`;
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
