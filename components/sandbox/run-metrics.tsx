import type { TMetrics } from "@/lib/sandbox";
import { formatDuration } from "@/lib/sandbox-ui/layout-timeline";

type TProps = { runs: { title?: string; metrics: TMetrics; wallMs: number }[] };

/** The run's numbers under the timeline; when runs are compared, one column each. */
export function RunMetrics({ runs }: TProps) {
  const rows: [string, (m: TMetrics, wallMs: number) => string][] = [
    ["Total virtual time", (m) => formatDuration(m.totalTime)],
    [
      "CPU busy per core",
      (m) => m.cpuBusy.map((busy, core) => `core ${core}: ${formatDuration(busy)}${m.totalTime > 0 ? ` (${Math.round((busy / m.totalTime) * 100)}%)` : ""}`).join(" · "),
    ],
    ["Context switches", (m) => m.contextSwitches.toLocaleString("en")],
    ["GIL wait (all threads)", (m) => formatDuration(m.gilWaitTotal)],
    ["Instructions", (m) => m.instructions.toLocaleString("en")],
    ["Real time in your browser", (_m, wallMs) => `${wallMs < 10 ? wallMs.toFixed(1) : Math.round(wallMs)} ms`],
  ];
  return (
    // Several runs side by side scroll sideways on a phone rather than squeezing into slivers.
    <div className="overflow-x-auto">
      <dl
        className={`sandbox-metrics mt-3 grid gap-x-4 gap-y-1 text-xs ${runs.length > 1 ? "min-w-[36rem]" : ""}`}
        style={{ gridTemplateColumns: `auto repeat(${runs.length}, minmax(0, 1fr))` }}
        data-testid="sandbox-metrics"
      >
        {runs.length > 1 ? (
          <>
            <span />
            {runs.map((run, i) => (
              <span key={i} className="font-semibold text-slate-700 dark:text-slate-300">
                {run.title}
              </span>
            ))}
          </>
        ) : null}
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            {runs.map((run, i) => (
              <dd key={i} className="font-mono text-slate-800 tabular-nums dark:text-slate-200" data-metric={label}>
                {value(run.metrics, run.wallMs)}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </div>
  );
}
