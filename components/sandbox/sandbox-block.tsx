"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { prewarmSandbox } from "@/lib/sandbox-ui/sandbox-runner";
import { DEFAULT_SETTINGS, type TRunSettings } from "@/lib/sandbox-ui/worker-protocol";
import type { TEditorHandle } from "./code-editor";
import { OutputPanel } from "./output-panel";
import { RunMetrics } from "./run-metrics";
import { RunSettings } from "./run-settings";
import { RunToolbar } from "./run-toolbar";
import { Timeline } from "./timeline";
import { useSandboxRun } from "./use-sandbox-run";

type TProps = {
  code: string;
  /** the server-highlighted code: what shows before the editor loads, and without JavaScript */
  children: ReactNode;
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

/** One runnable example: editor, Run / Stop / Reset, scheduler options, output and timeline. */
export function SandboxBlock({ code, children }: TProps) {
  const editor = useRef<TEditorHandle | null>(null);
  const [active, setActive] = useState(false);
  const [edited, setEdited] = useState(false);
  const [settings, setSettings] = useState<TRunSettings>(DEFAULT_SETTINGS);
  const { state, run, stop, clear } = useSandboxRun();
  useWarmWorker();

  const onRun = () => void run(editor.current?.getCode() ?? code, settings);
  const onReset = () => {
    editor.current?.setCode(code);
    setSettings(DEFAULT_SETTINGS);
    setEdited(false);
    clear();
  };
  const outcome = state.status === "finished" ? state.outcome : null;
  const groups = useMemo(() => (outcome ? [{ trace: outcome.trace }] : []), [outcome]);
  const errorLine = state.status === "finished" ? state.errorLine : null;
  // An error line is shown in the editor, so an error opens it.
  useEffect(() => {
    if (errorLine !== null) setActive(true);
  }, [errorLine]);

  return (
    <section className="sandbox not-prose" aria-label="Python sandbox" data-testid="sandbox">
      <div className="sandbox-header">
        <span className="sandbox-kicker">Python · sandbox</span>
        <RunToolbar running={state.status === "running"} canReset={edited || state.status !== "idle"} onRun={onRun} onStop={stop} onReset={onReset} />
      </div>
      <EditableCode code={code} label="Python code" active={active} onActivate={() => setActive(true)} handle={editor} errorLine={errorLine} onRun={onRun} onChange={(next) => setEdited(next !== code)}>
        {children}
      </EditableCode>
      <div className="sandbox-body">
        <RunSettings settings={settings} onChange={setSettings} />
        <OutputPanel state={state} />
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
