"use client";

import { useEffect, useRef } from "react";

type TProps = {
  running: boolean;
  canReset: boolean;
  runLabel?: string; /** the press of Run that loaded this block replaced that button with this one: focus moves here */
  focusRun?: boolean;
  onRun: () => void;
  onStop: () => void;
  onReset: () => void;
};

export function RunToolbar({ running, canReset, runLabel = "Run", focusRun = false, onRun, onStop, onReset }: TProps) {
  // Stop disables itself when the program ends; if it had focus, focus would fall to the page and
  // a keyboard user would start again from the top. It goes back to Run instead.
  const ownRun = useRef<HTMLButtonElement | null>(null);
  const stopHadFocus = useRef(false);
  useEffect(() => {
    if (running || !stopHadFocus.current) return;
    stopHadFocus.current = false;
    if (document.activeElement === null || document.activeElement === document.body) ownRun.current?.focus();
  }, [running]);
  useEffect(() => {
    if (focusRun && (document.activeElement === null || document.activeElement === document.body)) ownRun.current?.focus();
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a later render must not take focus
  }, []);
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        ref={ownRun}
        onClick={onRun}
        className="rounded-md bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
        title="Run (Ctrl/⌘ + Enter)"
      >
        ▶ {runLabel}
      </button>
      <button
        type="button"
        onClick={onStop}
        disabled={!running}
        onFocus={() => (stopHadFocus.current = true)}
        onBlur={(event) => (stopHadFocus.current = event.relatedTarget === null && stopHadFocus.current)}
        className="sandbox-button"
        title="Stop the running program"
      >
        ■ Stop
      </button>
      <button type="button" onClick={onReset} disabled={!canReset} className="sandbox-button" title="Back to the author's code">
        ↺ Reset
      </button>
    </div>
  );
}
