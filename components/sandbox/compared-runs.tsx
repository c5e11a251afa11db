"use client";

import { useMemo } from "react";
import type { TRunOutcome } from "@/lib/sandbox-ui/worker-protocol";
import { OutputChunks } from "./output-panel";
import { RunMetrics } from "./run-metrics";
import { Timeline } from "./timeline";
import type { TCompareState } from "./use-compare-runs";

/** Several runs of one workload: each one's output, then one timeline and one metrics table. */
export function ComparedRuns({ state }: { state: Exclude<TCompareState, { status: "idle" }> }) {
  const finished = useMemo(() => state.runs.flatMap((run) => (run.end?.kind === "finished" ? [{ title: run.title, outcome: run.end.outcome as TRunOutcome }] : [])), [state.runs]);
  const complete = state.status === "finished" && finished.length === state.runs.length;
  const groups = useMemo(() => finished.map((run) => ({ title: run.title, trace: run.outcome.trace })), [finished]);
  return (
    <div className="mt-3" data-testid="sandbox-compared-runs">
      <div className="grid gap-2 sm:grid-cols-3">
        {state.runs.map((run) => (
          <div key={run.title} className="min-w-0">
            <p className="text-xs font-semibold text-slate-600 dark:text-slate-300">{run.title}</p>
            <pre className="sandbox-output sandbox-terminal" data-testid="sandbox-output" aria-label={`Output: ${run.title}`} tabIndex={0}>
              <OutputChunks chunks={run.chunks} />
              {run.end === null ? <span className="text-slate-500 dark:text-slate-400 italic">Running…</span> : null}
              {run.end?.kind === "stopped" ? <span className="text-slate-500 dark:text-slate-400 italic">Stopped.</span> : null}
              {run.end?.kind === "crashed" ? <span className="sandbox-stderr">The sandbox failed: {run.end.message}</span> : null}
            </pre>
          </div>
        ))}
      </div>
      {complete ? (
        <div className="mt-4">
          <Timeline groups={groups} />
          <RunMetrics runs={finished.map((run) => ({ title: run.title, metrics: run.outcome.metrics, wallMs: run.outcome.wallMs }))} />
        </div>
      ) : null}
    </div>
  );
}
