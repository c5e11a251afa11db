"use client";

import type { TWorkloadMode } from "@/lib/content/sandbox-meta";

type TProps = { modes: TWorkloadMode[]; current: TWorkloadMode | null; onPick: (mode: TWorkloadMode) => void; onCompare: () => void };

const LABELS: Record<TWorkloadMode, string> = { threads: "Threads", asyncio: "asyncio", processes: "Processes" };

/** Runs the block's one workload under another concurrency model by rewriting its MODE line. */
export function ModeSwitch({ modes, current, onPick, onCompare }: TProps) {
  return (
    <div className="sandbox-modes" role="group" aria-label="Run the workload as">
      <span className="text-xs text-slate-500 dark:text-slate-400">Run as</span>
      {modes.map((mode) => (
        <button key={mode} type="button" aria-pressed={current === mode} onClick={() => onPick(mode)} className="sandbox-chip" data-testid={`mode-${mode}`}>
          {LABELS[mode]}
        </button>
      ))}
      <button type="button" onClick={onCompare} className="sandbox-chip" data-testid="mode-compare" title="Run every model at once and draw them on one time axis">
        Compare all {modes.length}
      </button>
    </div>
  );
}
