import { describe, expect, it } from "vitest";
import type { TTrace } from "@/lib/sandbox";
import { deriveProcessIntervals } from "./process-intervals";

const trace: TTrace = {
  endTime: 1,
  events: [],
  lanes: [
    { id: 0, label: "MainThread", kind: "thread", processId: 0, intervals: [{ state: "blocked", start: 0, end: 1 }] },
    { id: 1, label: "Worker-1", kind: "process", processId: 1, intervals: [{ state: "running", start: 0.1, end: 0.9 }] },
    {
      id: 2,
      label: "Worker-1: MainThread",
      kind: "thread",
      processId: 1,
      intervals: [
        { state: "running", start: 0.2, end: 0.3 },
        { state: "blocked", start: 0.3, end: 0.6, detail: "sleep" },
        { state: "running", start: 0.6, end: 0.8 },
      ],
    },
    { id: 3, label: "Worker-1: Thread-1", kind: "thread", processId: 1, intervals: [{ state: "ready", start: 0.4, end: 0.5 }] },
  ],
};

describe("process lanes", () => {
  it("run when a thread of theirs runs, block when all of them wait, and keep the engine's state where no thread is", () => {
    const lane = trace.lanes[1]!;
    expect(deriveProcessIntervals(trace, lane).map((iv) => [iv.state, iv.start, iv.end, iv.detail])).toEqual([
      ["running", 0.1, 0.2, undefined],
      ["running", 0.2, 0.3, "Worker-1: MainThread running"],
      ["blocked", 0.3, 0.4, "Worker-1: MainThread blocked"],
      ["ready", 0.4, 0.5, "Worker-1: Thread-1 ready"],
      ["blocked", 0.5, 0.6, "Worker-1: MainThread blocked"],
      ["running", 0.6, 0.8, "Worker-1: MainThread running"],
      ["running", 0.8, 0.9, undefined],
    ]);
  });

  it("leave a process without thread lanes as the engine drew it", () => {
    const bare: TTrace = { ...trace, lanes: trace.lanes.slice(0, 2) };
    expect(deriveProcessIntervals(bare, bare.lanes[1]!)).toEqual([{ state: "running", start: 0.1, end: 0.9 }]);
  });
});
