// Trace types (the public TTrace/TMetrics) and the recorder that builds lane intervals.
export type LaneState = "running" | "ready" | "blocked" | "done";
export type TInterval = { state: LaneState; start: number; end: number; detail?: string };
export type TLane = { id: number; label: string; kind: "thread" | "task" | "process"; processId: number; core?: number; intervals: TInterval[] };
export type TEvent = { t: number; kind: "switch" | "lock-wait" | "wake" | "start" | "end" | "forced-switch" | "print"; lane: number; detail?: string };
export type TTrace = { lanes: TLane[]; events: TEvent[]; endTime: number };
export type TMetrics = {
  totalTime: number;
  cpuBusy: number[];
  contextSwitches: number;
  gilWaitTotal: number;
  instructions: number;
};

const MAX_EVENTS = 20000;
const MAX_INTERVALS = 20000;

export class TraceRecorder {
  lanes: TLane[] = [];
  events: TEvent[] = [];
  private open = new Map<number, TInterval>();
  intervalCount = 0;

  lane(label: string, kind: TLane["kind"], processId: number): TLane {
    const l: TLane = { id: this.lanes.length, label, kind, processId, intervals: [] };
    this.lanes.push(l);
    return l;
  }
  set(lane: TLane, state: LaneState, t: number, detail?: string): void {
    const cur = this.open.get(lane.id);
    if (cur && cur.state === state && cur.detail === detail) return;
    if (cur) {
      cur.end = t;
      if (cur.end === cur.start && lane.intervals[lane.intervals.length - 1] === cur) lane.intervals.pop();
    }
    if (state === "done") {
      this.open.delete(lane.id);
      return;
    }
    const iv: TInterval = detail === undefined ? { state, start: t, end: t } : { state, start: t, end: t, detail };
    if (this.intervalCount++ < MAX_INTERVALS) lane.intervals.push(iv);
    this.open.set(lane.id, iv);
  }
  event(e: TEvent): void {
    if (this.events.length < MAX_EVENTS) this.events.push(e);
  }
  finish(t: number): TTrace {
    for (const iv of this.open.values()) iv.end = t;
    this.open.clear();
    return { lanes: this.lanes, events: this.events, endTime: t };
  }
}
