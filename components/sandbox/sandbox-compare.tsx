"use client";

import { useMemo, useRef, useState, type ReactNode } from "react";
import { DEFAULT_SETTINGS, type TRunSettings } from "@/lib/sandbox-ui/worker-protocol";
import type { TEditorHandle } from "./code-editor";
import { OutputPanel } from "./output-panel";
import { RunMetrics } from "./run-metrics";
import { RunSettings } from "./run-settings";
import { RunToolbar } from "./run-toolbar";
import { EditableCode, useWarmWorker } from "./sandbox-block";
import { Timeline } from "./timeline";
import { useSandboxRun } from "./use-sandbox-run";

type TSide = { code: string; title: string; children: ReactNode };
type TProps = { left: TSide; right: TSide };

/** Two examples side by side, run together with the same options, on one shared time axis. */
export function SandboxCompare({ left, right }: TProps) {
  const leftEditor = useRef<TEditorHandle | null>(null);
  const rightEditor = useRef<TEditorHandle | null>(null);
  const [active, setActive] = useState([false, false]);
  const [edited, setEdited] = useState(false);
  const [settings, setSettings] = useState<TRunSettings>(DEFAULT_SETTINGS);
  const leftRun = useSandboxRun();
  const rightRun = useSandboxRun();
  useWarmWorker();

  const titles = [left.title || "Left", right.title || "Right"];
  const running = leftRun.state.status === "running" || rightRun.state.status === "running";
  const onRun = () => {
    void leftRun.run(leftEditor.current?.getCode() ?? left.code, settings);
    void rightRun.run(rightEditor.current?.getCode() ?? right.code, settings);
  };
  const onStop = () => {
    leftRun.stop();
    rightRun.stop();
  };
  const onReset = () => {
    leftEditor.current?.setCode(left.code);
    rightEditor.current?.setCode(right.code);
    setSettings(DEFAULT_SETTINGS);
    setEdited(false);
    leftRun.clear();
    rightRun.clear();
  };
  const leftOutcome = leftRun.state.status === "finished" ? leftRun.state.outcome : null;
  const rightOutcome = rightRun.state.status === "finished" ? rightRun.state.outcome : null;
  const [leftTitle, rightTitle] = titles;
  const groups = useMemo(
    () =>
      leftOutcome && rightOutcome
        ? [
            { title: leftTitle, trace: leftOutcome.trace },
            { title: rightTitle, trace: rightOutcome.trace },
          ]
        : [],
    [leftOutcome, rightOutcome, leftTitle, rightTitle],
  );

  const panes = [
    { index: 0, side: left, editor: leftEditor, run: leftRun, title: titles[0] },
    { index: 1, side: right, editor: rightEditor, run: rightRun, title: titles[1] },
  ];
  return (
    <section className="sandbox not-prose" aria-label="Python sandbox comparison" data-testid="sandbox-compare">
      <div className="sandbox-header">
        <span className="sandbox-kicker">Python · compare</span>
        <RunToolbar running={running} canReset={edited || leftRun.state.status !== "idle"} runLabel="Run both" onRun={onRun} onStop={onStop} onReset={onReset} />
      </div>
      <div className="grid gap-px bg-slate-200 lg:grid-cols-2 dark:bg-slate-800">
        {panes.map(({ index, side, editor, run, title }) => (
          <div key={title} className="min-w-0 bg-white dark:bg-slate-950">
            <p className="px-3 pt-2 text-xs font-semibold text-slate-700 dark:text-slate-300">{title}</p>
            <EditableCode
              code={side.code}
              label={`Python code: ${title}`}
              active={active[index] === true || (run.state.status === "finished" && run.state.errorLine !== null)}
              onActivate={() => setActive((was) => was.map((on, i) => on || i === index))}
              handle={editor}
              errorLine={run.state.status === "finished" ? run.state.errorLine : null}
              onRun={onRun}
              onChange={() => setEdited(true)}
            >
              {side.children}
            </EditableCode>
            <div className="px-3 pb-3">
              <OutputPanel state={run.state} />
            </div>
          </div>
        ))}
      </div>
      <div className="sandbox-body">
        <RunSettings settings={settings} onChange={setSettings} />
        {leftOutcome && rightOutcome ? (
          <div className="mt-4">
            <Timeline groups={groups} />
            <RunMetrics
              runs={[
                { title: titles[0], metrics: leftOutcome.metrics, wallMs: leftOutcome.wallMs },
                { title: titles[1], metrics: rightOutcome.metrics, wallMs: rightOutcome.wallMs },
              ]}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
