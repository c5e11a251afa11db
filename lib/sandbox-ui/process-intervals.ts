// A process lane in the engine's trace only says the process is alive. What a learner wants to
// see is whether it computes: running while any of its threads (or tasks) runs on a core,
// ready while one waits to run, blocked while all of them wait on something else. This derives
// that from the process's own thread and task lanes.
import type { TTrace } from "@/lib/sandbox";
import type { TLaneState } from "./layout-timeline";

type TInterval = { state: TLaneState; start: number; end: number; detail?: string };
type TLane = TTrace["lanes"][number];

const PRIORITY: Record<TLaneState, number> = { running: 3, ready: 2, blocked: 1, done: 0 };

export function deriveProcessIntervals(trace: TTrace, processLane: TLane): TInterval[] {
  const own = processLane.intervals;
  const members = trace.lanes.filter((lane) => lane.kind !== "process" && lane.processId === processLane.processId);
  if (members.length === 0 || own.length === 0) return own.map((iv) => ({ ...iv }));
  const cuts = new Set<number>();
  for (const iv of own) cuts.add(iv.start).add(iv.end);
  for (const lane of members) for (const iv of lane.intervals) cuts.add(iv.start).add(iv.end);
  const times = [...cuts].sort((a, b) => a - b);
  // One cursor per member lane: segments are visited in time order, so each lane's intervals are too.
  const cursors = members.map(() => 0);
  let ownCursor = 0;
  const out: TInterval[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const start = times[i] as number;
    const end = times[i + 1] as number;
    const mid = (start + end) / 2;
    while (ownCursor < own.length && (own[ownCursor] as TInterval).end <= mid) ownCursor++;
    const alive = own[ownCursor];
    if (!alive || alive.start > mid) continue;
    let best: { state: TLaneState; who: string } | null = null;
    members.forEach((lane, m) => {
      let c = cursors[m] as number;
      while (c < lane.intervals.length && (lane.intervals[c] as TInterval).end <= mid) c++;
      cursors[m] = c;
      const iv = lane.intervals[c];
      if (!iv || iv.start > mid || iv.state === "done") return;
      if (!best || PRIORITY[iv.state] > PRIORITY[best.state]) best = { state: iv.state, who: lane.label };
    });
    const chosen = best as { state: TLaneState; who: string } | null;
    // Covered by none of its threads (starting up, shutting down): keep what the engine said.
    const next: TInterval = chosen ? { state: chosen.state, start, end, detail: `${chosen.who} ${chosen.state}` } : { ...alive, start, end };
    const last = out.at(-1);
    if (last && last.state === next.state && last.detail === next.detail && last.end === start) last.end = end;
    else out.push(next);
  }
  return out;
}
