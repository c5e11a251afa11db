import type { TStatLine } from "@/lib/contracts/item-analysis";
import { formatIndex, formatShare, formatTime } from "./format-stats";

/** The figures of one item or question, in a row of labelled cells. */
export function StatGrid({ stats }: { stats: TStatLine }) {
  const cells: [string, string, string][] = [
    ["Attempts", String(stats.attempts), `by ${stats.learners} learner${stats.learners === 1 ? "" : "s"}`],
    ["Facility", formatShare(stats.facility), "share right"],
    ["Discrimination", formatIndex(stats.discrimination), "upper − lower 27%"],
    ["Point-biserial", formatIndex(stats.pointBiserial), "item vs. total score"],
    ["Average time", formatTime(stats.averageMs), "answers under 5 min"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="stat-grid">
      {cells.map(([label, value, note]) => (
        <div key={label} className="rounded-md bg-slate-50 px-2 py-1.5 dark:bg-slate-900">
          <dt className="text-[0.7rem] font-medium tracking-wide text-slate-500 dark:text-slate-400 uppercase">{label}</dt>
          <dd className="font-mono text-lg font-semibold" data-stat={label}>
            {value}
          </dd>
          <dd className="text-[0.7rem] text-slate-500 dark:text-slate-400">{note}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The flags, or why there are none. */
export function FlagList({ stats }: { stats: TStatLine }) {
  if (!stats.enoughData)
    return (
      <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="not-enough-data">
        Not enough data: flags need at least 20 attempts.
      </p>
    );
  if (stats.flags.length === 0) return <p className="text-xs text-emerald-700 dark:text-emerald-400">No flags.</p>;
  return (
    <ul className="space-y-1" data-testid="flags">
      {stats.flags.map((flag, i) => (
        <li key={i} className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100" data-flag={flag.kind}>
          {flag.message}
        </li>
      ))}
    </ul>
  );
}
