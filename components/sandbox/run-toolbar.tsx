"use client";

type TProps = { running: boolean; canReset: boolean; runLabel?: string; onRun: () => void; onStop: () => void; onReset: () => void };

export function RunToolbar({ running, canReset, runLabel = "Run", onRun, onStop, onReset }: TProps) {
  return (
    <div className="flex items-center gap-2">
      <button type="button" onClick={onRun} className="rounded-md bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60" title="Run (Ctrl/⌘ + Enter)">
        ▶ {runLabel}
      </button>
      <button type="button" onClick={onStop} disabled={!running} className="sandbox-button" title="Stop the running program">
        ■ Stop
      </button>
      <button type="button" onClick={onReset} disabled={!canReset} className="sandbox-button" title="Back to the author's code">
        ↺ Reset
      </button>
    </div>
  );
}
