import type { TMasteryRow } from "@/lib/contracts/progress";
import { PractiseButton } from "./practise-button";

const percent = (share: number) => `${Math.round(share * 100)}%`;

// Plain HTML bars: each row reads as a sentence to a screen reader, so no separate table is needed.
export function MasteryList({ rows, weakBelow, testId }: { rows: TMasteryRow[]; weakBelow: number; testId: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">Nothing to measure yet.</p>;
  return (
    <ul className="space-y-2" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} className="text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-medium">
              {row.tag ? (
                row.tag
              ) : (
                <>
                  {row.bank.emoji} {row.bank.name}
                </>
              )}
              {row.tag ? <span className="ml-1 text-xs font-normal text-slate-500 dark:text-slate-400">{row.bank.emoji}</span> : null}
            </span>
            <span className="text-slate-600 dark:text-slate-400">
              {percent(row.share)} expected recall today · {row.studied} of {row.total} items studied, {row.known} of them more likely remembered than not
            </span>
          </div>
          <div className="mt-1 flex items-center gap-2">
            <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden title={`${percent(row.coverage)} studied`}>
              <div className={`h-full ${row.share < weakBelow ? "bg-amber-500" : "bg-emerald-500"}`} style={{ width: percent(row.share) }} />
            </div>
            {row.tag && row.share < weakBelow ? <PractiseButton bank={row.bank.slug} tag={row.tag} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
