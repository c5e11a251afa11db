// Playback of a finished run along its virtual time: where the cursor is after some real time,
// and what every lane was doing at that moment. Pure, so the component only animates.
import type { TTrace } from "@/lib/sandbox";
import type { TLaneState } from "./layout-timeline";

/** Real milliseconds a full playback takes: long enough to follow, short enough to watch twice. */
export function playbackDurationMs(domainEnd: number): number {
  if (!(domainEnd > 0)) return 0;
  // Grows gently with the run's length: 2.5 s for tiny runs, 6 s at most.
  return Math.min(6000, 2500 + 1000 * Math.log10(1 + domainEnd * 10));
}

/** The virtual time shown after `elapsedMs` of playback; null once playback is over. */
export function playbackTime(elapsedMs: number, domainEnd: number): number | null {
  const duration = playbackDurationMs(domainEnd);
  if (duration === 0 || elapsedMs >= duration) return null;
  return (Math.max(0, elapsedMs) / duration) * domainEnd;
}

export type TLaneMoment = { label: string; state: TLaneState | "not started"; detail?: string };

/** Each lane's state at virtual time `t` (an interval covers [start, end)). */
export function describeMoment(trace: TTrace, t: number): TLaneMoment[] {
  return trace.lanes.map((lane) => {
    const first = lane.intervals[0];
    if (!first || t < first.start) return { label: lane.label, state: "not started" };
    const current = lane.intervals.find((iv) => iv.start <= t && t < iv.end);
    if (!current) return { label: lane.label, state: "done" };
    return current.detail === undefined ? { label: lane.label, state: current.state } : { label: lane.label, state: current.state, detail: current.detail };
  });
}
