import type { ReactNode } from "react";
import type { TBankImportPreview } from "@/lib/contracts/exchange";
import { InlineMarkdown } from "@/components/inline-markdown";
import { VersionDiff } from "./version-diff";

function Section({
  title,
  count,
  tone,
  children,
  testId,
}: {
  title: string;
  count: number;
  tone: "new" | "change" | "archive" | "problem" | "quiet";
  children: ReactNode;
  testId: string;
}) {
  if (count === 0) return null;
  const badge = {
    new: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
    change: "bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200",
    archive: "bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
    problem: "bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-200",
    quiet: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300",
  }[tone];
  return (
    <section data-testid={testId}>
      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold">
        {title} <span className={`rounded px-1.5 py-0.5 text-xs ${badge}`}>{count}</span>
      </h3>
      {children}
    </section>
  );
}

const list = "divide-y divide-slate-200 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800";

/** Every change the import would make, grouped; nothing here is written yet. */
export function ImportPreview({ preview }: { preview: TBankImportPreview }) {
  const { bank } = preview;
  const nothing = !bank.isNew && bank.changes.length === 0 && preview.creates.length + preview.updates.length + preview.archives.length === 0;
  return (
    <div className="space-y-5 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="import-preview">
      <p className="text-sm">
        <span aria-hidden>{bank.emoji}</span> <strong>{bank.name}</strong> <span className="text-slate-500 dark:text-slate-400">({bank.slug})</span>
        {bank.isNew ? " — a new bank." : "."} Nothing is written until you apply.{" "}
        <span data-testid="import-unchanged">
          {preview.unchanged} question{preview.unchanged === 1 ? "" : "s"} unchanged.
        </span>
      </p>
      {nothing ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="import-nothing">
          The zip says what the bank already says: there is nothing to import.
        </p>
      ) : null}
      <Section title="Bank details" count={bank.changes.length} tone="change" testId="import-bank-changes">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {bank.changes.map((change) => (
            <div key={change.field} className="contents">
              <dt className="font-medium capitalize">{change.field}</dt>
              <dd className="min-w-0 break-words">
                <span className="text-slate-500 dark:text-slate-400 line-through">{change.before || "—"}</span> → {change.after || "—"}
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="New questions" count={preview.creates.length} tone="new" testId="import-creates">
        <ul className={list}>
          {preview.creates.map((q) => (
            <li key={q.path} className="flex gap-3 px-3 py-2">
              <span className="w-10 shrink-0 text-right font-mono text-slate-500 dark:text-slate-400">{q.number}</span>
              <span className="min-w-0 flex-1">
                <InlineMarkdown text={q.title} />
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Changed questions" count={preview.updates.length} tone="change" testId="import-updates">
        <ul className={list}>
          {preview.updates.map((q) => (
            <li key={q.path} className="px-3 py-2" data-testid="import-update">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="w-10 shrink-0 text-right font-mono text-slate-500 dark:text-slate-400">{q.number}</span>
                <span className="min-w-0 flex-1 font-medium">
                  <InlineMarkdown text={q.title} />
                </span>
                <span className="w-full text-xs text-amber-800 sm:w-auto dark:text-amber-300">{q.changes.join(" · ")}</span>
              </div>
              {q.keepsDraft ? (
                <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Its unpublished draft (version {q.keepsDraft}) stays in the history below the new version.</p>
              ) : null}
              {q.diff ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-xs font-medium text-sky-700 dark:text-sky-400">What changes</summary>
                  <div className="mt-2">
                    <VersionDiff diff={q.diff} fromLabel={q.diff.from === 0 ? "nothing yet" : `version ${q.diff.from} (learners see it now)`} toLabel="the file" />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Archived (no file in the zip)" count={preview.archives.length} tone="archive" testId="import-archives">
        <ul className={list}>
          {preview.archives.map((q) => (
            <li key={q.number} className="flex gap-3 px-3 py-2">
              <span className="w-10 shrink-0 text-right font-mono text-slate-500 dark:text-slate-400">{q.number}</span>
              <span className="min-w-0 flex-1">
                <InlineMarkdown text={q.title} />
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Files with problems (skipped)" count={preview.problems.length} tone="problem" testId="import-problems">
        <ul className={list}>
          {preview.problems.map((p) => (
            <li key={`${p.path}:${p.line}`} className="px-3 py-2">
              <code className="text-xs break-all">
                {p.path}:{p.line}
              </code>
              <span className="ml-2 text-rose-700 dark:text-rose-300">{p.message}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Not part of the bank (ignored)" count={preview.ignored.length} tone="quiet" testId="import-ignored">
        <p className="text-xs break-all text-slate-500 dark:text-slate-400">{preview.ignored.join(", ")}</p>
      </Section>
    </div>
  );
}
