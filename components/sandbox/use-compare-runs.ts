"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { startRun, type TRunEnd, type TRunHandle } from "@/lib/sandbox-ui/sandbox-runner";
import type { TOutputChunk, TRunSettings } from "@/lib/sandbox-ui/worker-protocol";

export type TCompareRun = { title: string; chunks: TOutputChunk[]; end: TRunEnd | null };
export type TCompareState = { status: "idle" } | { status: "running" | "finished"; runs: TCompareRun[] };

/** Several programs run at once, each in its own worker, for one shared timeline. */
export function useCompareRuns() {
  const [state, setState] = useState<TCompareState>({ status: "idle" });
  const handles = useRef<TRunHandle[]>([]);
  const generation = useRef(0);

  const stop = useCallback(() => {
    for (const handle of handles.current) handle.stop();
    handles.current = [];
  }, []);

  const run = useCallback(
    async (programs: { title: string; source: string }[], settings: TRunSettings) => {
      stop();
      const mine = ++generation.current;
      const runs: TCompareRun[] = programs.map((p) => ({ title: p.title, chunks: [], end: null }));
      const publish = (status: "running" | "finished") => {
        if (generation.current === mine) setState({ status, runs: runs.map((r) => ({ ...r })) });
      };
      publish("running");
      handles.current = programs.map((program, i) =>
        startRun(program.source, settings, (more) => {
          const entry = runs[i] as TCompareRun;
          entry.chunks = [...entry.chunks, ...more];
          publish("running");
        }),
      );
      const ends = await Promise.all(handles.current.map((h) => h.done));
      ends.forEach((end, i) => ((runs[i] as TCompareRun).end = end));
      publish("finished");
    },
    [stop],
  );

  const clear = useCallback(() => {
    stop();
    generation.current++;
    setState({ status: "idle" });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, run, stop, clear };
}
