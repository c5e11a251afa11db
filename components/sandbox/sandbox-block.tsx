"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { findModeLine, setWorkloadMode, type TWorkloadMode } from "@/lib/content/sandbox-meta";
import { prewarmSandbox } from "@/lib/sandbox-ui/sandbox-runner";
import { DEFAULT_SETTINGS, type TRunSettings } from "@/lib/sandbox-ui/worker-protocol";
import type { TPredictionView } from "@/lib/contracts/predictions";
import type { TEditorHandle } from "./code-editor";
import { ComparedRuns } from "./compared-runs";
import { ModeSwitch } from "./mode-switch";
import { OutputPanel } from "./output-panel";
import { PredictionPanel } from "./prediction-panel";
import { RunMetrics } from "./run-metrics";
import { RunSettings } from "./run-settings";
import { RunToolbar } from "./run-toolbar";
import { Timeline } from "./timeline";
import { useCompareRuns } from "./use-compare-runs";
import { useSandboxRun } from "./use-sandbox-run";

type TProps = {
  code: string;
  /** workload models the block declares (`modes=`): the switch rewrites its MODE line */
  modes?: TWorkloadMode[];
  /** predict-the-output items about this block */
  predictions?: TPredictionView[];
  /** the server-highlighted code: what shows before the editor loads, and without JavaScript */
  children: ReactNode;
  /** the label above the code */
  kicker?: string;
  /** run once as soon as the block mounts (an example loaded by pressing Run) */
  autoRun?: boolean;
  /** open the editor at once (an example loaded by clicking into its code) */
  startEditing?: boolean;
};

// CodeMirror is loaded only when a learner starts editing: most readers just read or press Run,
// and the question page is the busiest page of the site.
const loadEditor = () => import("./code-editor");
const LazyCodeEditor = lazy(() => loadEditor().then((m) => ({ default: m.CodeEditor })));

type TEditableCodeProps = {
  code: string;
  label: string;
  active: boolean;
  onActivate: () => void;
  handle: RefObject<TEditorHandle | null>;
  errorLine: number | null;
  onRun: () => void;
  onChange: (code: string) => void;
  children: ReactNode;
};

/** The server-highlighted code until the learner clicks or tabs into it, then a CodeMirror editor in its place. */
export function EditableCode({ code, label, active, onActivate, handle, errorLine, onRun, onChange, children }: TEditableCodeProps) {
  const staticView = (
    <div className="sandbox-static" onClick={onActivate} onFocus={onActivate} title="Click to edit" data-testid="sandbox-static-code">
      {children}
    </div>
  );
  if (!active) return staticView;
  return (
    <Suspense fallback={staticView}>
      <LazyCodeEditor initialCode={code} label={label} handle={handle} errorLine={errorLine} onRun={onRun} onChange={onChange} autoFocus />
    </Suspense>
  );
}

/** One runnable example: editor, Run / Stop / Reset, scheduler options, output and timeline; for
 * a workload block a threads / asyncio / processes switch and a run of all of them side by side;
 * for a prediction block the "predict, then run" panel. */
export function SandboxBlock({ code, modes = [], predictions = [], children, kicker = "Python · sandbox", autoRun = false, startEditing = false }: TProps) {
  const editor = useRef<TEditorHandle | null>(null);
  const [active, setActive] = useState(startEditing);
  const [source, setSource] = useState(code);
  const [settings, setSettings] = useState<TRunSettings>(DEFAULT_SETTINGS);
  const [predictedOrSkipped, setPredictedOrSkipped] = useState<"no" | "predicted" | "ran-first">("no");
  const { state, run, stop, clear } = useSandboxRun();
  const comparison = useCompareRuns();
  useWarmWorker();

  const currentCode = () => editor.current?.getCode() ?? source;
  const onRun = () => {
    if (predictions.length > 0 && predictedOrSkipped === "no") setPredictedOrSkipped("ran-first");
    comparison.clear();
    void run(currentCode(), settings);
  };
  const replaceCode = (next: string) => {
    setSource(next);
    if (editor.current) editor.current.setCode(next);
    else setActive(true);
  };
  const onReset = () => {
    replaceCode(code);
    setSettings(DEFAULT_SETTINGS);
    setPredictedOrSkipped("no");
    clear();
    comparison.clear();
  };
  const onMode = (mode: TWorkloadMode) => {
    const next = setWorkloadMode(currentCode(), mode);
    replaceCode(next);
    comparison.clear();
    void run(next, settings);
  };
  const onCompareModes = () => {
    const base = currentCode();
    clear();
    void comparison.run(
      modes.map((mode) => ({ title: mode, source: setWorkloadMode(base, mode) })),
      settings,
    );
  };
  const onStop = () => {
    stop();
    comparison.stop();
  };
  const outcome = state.status === "finished" ? state.outcome : null;
  const groups = useMemo(() => (outcome ? [{ trace: outcome.trace }] : []), [outcome]);
  const errorLine = state.status === "finished" ? state.errorLine : null;
  useEffect(() => {
    if (autoRun) void run(code, DEFAULT_SETTINGS);
    // Once, on mount: the press of Run that loaded this block.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a later render must not run the program again
  }, []);
  // An error line is shown in the editor, so an error opens it (while rendering the run's result,
  // so the code never shows without its error line).
  const [shownErrorLine, setShownErrorLine] = useState(errorLine);
  if (shownErrorLine !== errorLine) {
    setShownErrorLine(errorLine);
    if (errorLine !== null) setActive(true);
  }
  const edited = source !== code;
  const mode = modes.length > 0 ? (findModeLine(source)?.mode ?? null) : null;

  return (
    <section className="sandbox not-prose" aria-label="Python sandbox" data-testid="sandbox">
      <div className="sandbox-header">
        <span className="sandbox-kicker">{kicker}</span>
        <RunToolbar
          focusRun={autoRun}
          running={state.status === "running" || comparison.state.status === "running"}
          canReset={edited || state.status !== "idle" || comparison.state.status !== "idle"}
          onRun={onRun}
          onStop={onStop}
          onReset={onReset}
        />
      </div>
      {modes.length > 0 ? <ModeSwitch modes={modes} current={mode} onPick={onMode} onCompare={onCompareModes} /> : null}
      <EditableCode code={source} label="Python code" active={active} onActivate={() => setActive(true)} handle={editor} errorLine={errorLine} onRun={onRun} onChange={setSource}>
        {children}
      </EditableCode>
      {predictions.length > 0 ? (
        <PredictionPanel
          predictions={predictions}
          edited={edited}
          ranFirst={predictedOrSkipped === "ran-first"}
          onGraded={() => {
            setPredictedOrSkipped("predicted");
            setSettings(DEFAULT_SETTINGS);
            void run(code, DEFAULT_SETTINGS);
          }}
        />
      ) : null}
      <div className="sandbox-body">
        <RunSettings settings={settings} onChange={setSettings} />
        {comparison.state.status === "idle" ? <OutputPanel state={state} /> : <ComparedRuns state={comparison.state} />}
        {outcome ? (
          <div className="mt-4">
            <Timeline groups={groups} />
            <RunMetrics runs={[{ metrics: outcome.metrics, wallMs: outcome.wallMs }]} />
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** Starts a worker (and fetches the editor's code) once the page is idle, so the first Run and
 * the first edit do not wait for downloads. */
export function useWarmWorker(): void {
  useEffect(() => {
    const warm = () => {
      prewarmSandbox();
      void loadEditor();
    };
    if ("requestIdleCallback" in window) window.requestIdleCallback(warm);
    else setTimeout(warm, 200);
  }, []);
}
