import type { TOutputChunk } from "@/lib/sandbox-ui/worker-protocol";
import type { TRunState } from "./use-sandbox-run";

/** A run's output in the order it was written, stderr marked apart from stdout. */
export function OutputChunks({ chunks }: { chunks: TOutputChunk[] }) {
  return chunks.map((chunk, i) => (
    <span key={i} className={chunk.stream === "stderr" ? "sandbox-stderr" : undefined} data-stream={chunk.stream}>
      {chunk.text}
    </span>
  ));
}

/** stdout in the normal text colour, stderr in red, in the order the program wrote them. */
export function OutputPanel({ state }: { state: TRunState }) {
  if (state.status === "idle") return null;
  const chunks = state.chunks;
  const note =
    state.status === "running"
      ? "Running…"
      : state.status === "stopped"
        ? "Stopped."
        : state.status === "crashed"
          ? `The sandbox failed: ${state.message}`
          : state.outcome.error?.kind === "budget"
            ? "Stopped by the instruction budget (an endless loop?)."
            : `Exit code ${state.outcome.exitCode}`;
  return (
    <div className="mt-3">
      <div className="mb-1 flex items-center justify-between text-xs text-slate-500 dark:text-slate-400">
        <span className="font-semibold tracking-wide uppercase">Output</span>
        <span data-testid="sandbox-status" role="status">
          {note}
        </span>
      </div>
      <pre className="sandbox-output sandbox-terminal" data-testid="sandbox-output" aria-label="Program output" tabIndex={0}>
        {chunks.length === 0 && state.status !== "running" ? (
          <span className="whitespace-normal text-slate-500 italic dark:text-slate-400">(no output: add a print() to see what the code does)</span>
        ) : null}
        <OutputChunks chunks={chunks} />
      </pre>
    </div>
  );
}
