"use client";

import { lazy, Suspense, useState, type KeyboardEvent, type ReactNode } from "react";

// Most readers never press Run: until someone does, an example is its server-highlighted code and
// one button, and the sandbox's code (editor, worker, timeline) stays off the page.
const LazySandboxBlock = lazy(() => import("./sandbox-block").then((m) => ({ default: m.SandboxBlock })));

const KICKER = "Python · runnable example";

type TProps = {
  code: string;
  /** the server-highlighted code */
  children: ReactNode;
};

/** A python fence that runs cleanly in the sandbox: plain code with a Run button that turns
 * into the full sandbox block (editor, output, timeline) on the first Run or click. */
export function RunnableExample({ code, children }: TProps) {
  const [start, setStart] = useState<"run" | "edit" | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    setStart(event.ctrlKey || event.metaKey ? "run" : "edit");
  };
  const view = (loading: boolean) => (
    <section className="sandbox not-prose" aria-label="Runnable Python example" data-testid="runnable-example">
      <div className="sandbox-header">
        <span className="sandbox-kicker">{KICKER}</span>
        <button
          type="button"
          onClick={() => setStart("run")}
          disabled={loading}
          className="rounded-md bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
          title="Run (Ctrl/⌘ + Enter)"
        >
          ▶ Run
        </button>
      </div>
      <div className="sandbox-static" onClick={() => setStart("edit")} onKeyDown={onKeyDown} title="Click to edit" data-testid="sandbox-static-code">
        {children}
      </div>
    </section>
  );
  if (!start) return view(false);
  return (
    <Suspense fallback={view(true)}>
      <LazySandboxBlock code={code} kicker={KICKER} autoRun={start === "run"} startEditing={start === "edit"}>
        {children}
      </LazySandboxBlock>
    </Suspense>
  );
}
