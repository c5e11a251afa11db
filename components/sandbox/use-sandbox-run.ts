"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { startRun, type TRunHandle } from "@/lib/sandbox-ui/sandbox-runner";
import type { TOutputChunk, TRunOutcome, TRunSettings } from "@/lib/sandbox-ui/worker-protocol";

export type TRunState =
  | { status: "idle" }
  | { status: "running"; chunks: TOutputChunk[] }
  | { status: "finished"; chunks: TOutputChunk[]; outcome: TRunOutcome; errorLine: number | null }
  | { status: "stopped"; chunks: TOutputChunk[] }
  | { status: "crashed"; chunks: TOutputChunk[]; message: string };

// The line to highlight: the innermost frame of the learner's own file in a traceback, or the
// line the sandbox reports for syntax errors, unsupported features and budget stops.
function errorLineOf(chunks: TOutputChunk[], outcome: TRunOutcome): number | null {
  if (outcome.exitCode === 0 && !outcome.error) return null;
  const stderr = chunks
    .filter((c) => c.stream === "stderr")
    .map((c) => c.text)
    .join("");
  const frames = [...stderr.matchAll(/File "<main>", line (\d+)/g)];
  const last = frames.at(-1);
  if (last?.[1]) return Number(last[1]);
  return outcome.error?.line ?? null;
}

export function useSandboxRun() {
  const [state, setState] = useState<TRunState>({ status: "idle" });
  const handle = useRef<TRunHandle | null>(null);

  const run = useCallback(async (source: string, settings: TRunSettings) => {
    handle.current?.stop();
    let chunks: TOutputChunk[] = [];
    setState({ status: "running", chunks });
    const current = startRun(source, settings, (more) => {
      chunks = [...chunks, ...more];
      setState({ status: "running", chunks });
    });
    handle.current = current;
    const end = await current.done;
    if (handle.current !== current) return end;
    handle.current = null;
    if (end.kind === "finished") setState({ status: "finished", chunks, outcome: end.outcome, errorLine: errorLineOf(chunks, end.outcome) });
    else if (end.kind === "stopped") setState({ status: "stopped", chunks });
    else setState({ status: "crashed", chunks, message: end.message });
    return end;
  }, []);

  const stop = useCallback(() => handle.current?.stop(), []);
  const clear = useCallback(() => setState({ status: "idle" }), []);

  // Leaving the page must not leave a worker spinning.
  useEffect(() => () => handle.current?.stop(), []);

  return { state, run, stop, clear };
}
