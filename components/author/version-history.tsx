"use client";

import { useState } from "react";
import type { TVersionRow } from "@/lib/contracts/authoring";

const STATUS = {
  published: { label: "published", className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200" },
  earlier: { label: "published before", className: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300" },
  draft: { label: "draft", className: "bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200" },
} as const;

type TProps = {
  versions: TVersionRow[];
  canRestore: boolean;
  busy: boolean;
  onCompare: (from: number, to: number) => void;
  onRestore: (version: number) => void;
};

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Every version, newest first: who wrote it, when, its note and whether learners saw it. Pick
 * two to compare; restoring copies an old version into a new draft, so nothing is lost. */
export function VersionHistory({ versions, canRestore, busy, onCompare, onRestore }: TProps) {
  const [picked, setPicked] = useState<number[]>([]);
  const toggle = (version: number) => setPicked((current) => (current.includes(version) ? current.filter((v) => v !== version) : [...current, version].slice(-2)));
  const [from, to] = [...picked].sort((a, b) => a - b);
  return (
    <section aria-labelledby="history-title" data-testid="version-history">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-title" className="text-sm font-semibold">
          History ({versions.length} {versions.length === 1 ? "version" : "versions"})
        </h2>
        <button
          type="button"
          className="sandbox-button"
          disabled={picked.length !== 2}
          onClick={() => from !== undefined && to !== undefined && onCompare(from, to)}
          data-testid="compare-versions"
        >
          {picked.length === 2 ? `Compare v${from} with v${to}` : "Pick two to compare"}
        </button>
      </div>
      <ol className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {versions.map((row, i) => {
          const status = STATUS[row.status];
          const previous = versions[i + 1];
          return (
            <li key={row.version} className="flex flex-wrap items-start gap-x-3 gap-y-1 px-3 py-2" data-testid={`version-row-${row.version}`}>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={picked.includes(row.version)} onChange={() => toggle(row.version)} aria-label={`Pick version ${row.version} to compare`} />
                <span className="font-mono font-semibold">v{row.version}</span>
              </label>
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${status.className}`}>{status.label}</span>
              <span className="min-w-0 flex-1 text-slate-600 dark:text-slate-300">
                <span className="font-medium">{row.authorName ?? "content import"}</span> · <time dateTime={row.createdAt}>{formatDate(row.createdAt)}</time>
                {row.note ? <span className="block text-xs text-slate-500 dark:text-slate-400">{row.note}</span> : null}
              </span>
              <span className="flex gap-1.5">
                {previous ? (
                  <button type="button" className="sandbox-chip" onClick={() => onCompare(previous.version, row.version)} title={`Changes from v${previous.version}`}>
                    Changes
                  </button>
                ) : null}
                {i > 0 ? (
                  <button
                    type="button"
                    className="sandbox-chip"
                    disabled={!canRestore || busy}
                    onClick={() => onRestore(row.version)}
                    title={canRestore ? `Make v${row.version} the newest draft` : "Save or discard your changes first"}
                    data-testid={`restore-${row.version}`}
                  >
                    Restore
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
