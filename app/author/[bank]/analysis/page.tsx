import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { FLAG_RULES } from "@/lib/item-analysis/flags";
import { getBankItemAnalysis } from "@/lib/server/data/item-analysis/get-bank-item-analysis";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { requireAuthorPage } from "@/lib/server/permissions/require-author-page";
import { formatIndex, formatShare, formatTime, itemAnchor } from "@/components/author/analysis/format-stats";
import { InlineMarkdown } from "@/components/inline-markdown";

type TProps = { params: Promise<{ bank: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `Item analysis · ${(await params).bank}` };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export default async function BankAnalysisPage({ params }: TProps) {
  const slug = parseBankParam((await params).bank);
  if (!slug) notFound();
  const actor = await requireAuthorPage(`/author/${slug}/analysis`);
  const analysis = await getBankItemAnalysis({ actor, bankSlug: slug }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const flagged = analysis.questions.flatMap((q) => q.items.filter((item) => item.status !== "retired" && item.flags.length > 0).map((item) => ({ question: q, item })));
  const th = "px-2 py-1.5 text-right font-medium whitespace-nowrap";
  return (
    <div data-layout="wide" className="mx-auto max-w-6xl">
      <nav className="mb-4 text-sm">
        <Link href={`/author/${analysis.bank.slug}`} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          ← {analysis.bank.name}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">
        <span aria-hidden>{analysis.bank.emoji}</span> Item analysis
      </h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400" data-testid="analysis-summary">
        From every stored answer: {analysis.learners} learner{analysis.learners === 1 ? "" : "s"} answered in this bank; the upper and lower groups are the {analysis.groupSize}{" "}
        learners with the best and the worst share of right answers over the bank (27% each). <strong>Facility</strong> is the share of right answers,{" "}
        <strong>discrimination</strong> the upper group&apos;s mean score on the item minus the lower group&apos;s, <strong>point-biserial</strong> the correlation of the
        item&apos;s score with the bank score.
      </p>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400" data-testid="flag-rules">
        Flags, for items with at least {FLAG_RULES.minAttempts} attempts: too easy above {pct(FLAG_RULES.tooEasy)} right · too hard below {pct(FLAG_RULES.tooHard)} · negative or
        weak discrimination below {FLAG_RULES.weakDiscrimination.toFixed(2)} · a distractor nobody picks · a distractor the upper group picks more than the right answer.
      </p>

      <section className="mt-8" aria-labelledby="flagged-title">
        <h2 id="flagged-title" className="text-lg font-semibold">
          Items to look at <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({flagged.length})</span>
        </h2>
        {flagged.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No item is flagged{analysis.learners === 0 ? ": nobody has answered yet" : ""}.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="flagged-items">
            {flagged.map(({ question, item }) => (
              <li key={`${question.id}:${item.key}`} className="px-3 py-2">
                <Link href={`/author/${analysis.bank.slug}/${question.number}/items#${itemAnchor(item.key)}`} className="group block" data-testid="flagged-item">
                  <span className="font-mono text-sm text-slate-500 dark:text-slate-400">Q{question.number}</span>{" "}
                  <span className="font-medium group-hover:underline">{<InlineMarkdown text={item.prompt} />}</span>
                  <span className="mt-1 flex flex-wrap gap-1">
                    {item.flags.map((flag, i) => (
                      <span
                        key={i}
                        className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100"
                        data-flag={flag.kind}
                      >
                        {flag.label}
                      </span>
                    ))}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-10" aria-labelledby="questions-title">
        <h2 id="questions-title" className="text-lg font-semibold">
          Questions
        </h2>
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-sm" data-testid="question-stats">
            <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-300">
              <tr>
                <th className="px-2 py-1.5 text-left font-medium">#</th>
                <th className="px-2 py-1.5 text-left font-medium">Question</th>
                <th className={th}>Attempts</th>
                <th className={th}>Facility</th>
                <th className={th}>Discrimination</th>
                <th className={th}>Point-biserial</th>
                <th className={th}>Avg. time</th>
                <th className={th}>Flagged items</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {analysis.questions.map((q) => {
                const count = q.items.filter((i) => i.status !== "retired" && i.flags.length > 0).length;
                return (
                  <tr key={q.id} data-testid={`question-row-${q.number}`}>
                    <td className="px-2 py-1.5 font-mono text-slate-500 dark:text-slate-400">{q.number}</td>
                    <td className="min-w-56 px-2 py-1.5">
                      <Link href={`/author/${analysis.bank.slug}/${q.number}/items`} className="hover:underline">
                        <InlineMarkdown text={q.title} />
                      </Link>
                      {q.status === "published" ? null : <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">({q.status})</span>}
                    </td>
                    <td className="px-2 py-1.5 text-right font-mono">{q.attempts}</td>
                    <td className="px-2 py-1.5 text-right font-mono">{formatShare(q.facility)}</td>
                    <td className="px-2 py-1.5 text-right font-mono">{formatIndex(q.discrimination)}</td>
                    <td className="px-2 py-1.5 text-right font-mono">{formatIndex(q.pointBiserial)}</td>
                    <td className="px-2 py-1.5 text-right font-mono whitespace-nowrap">{formatTime(q.averageMs)}</td>
                    <td className={`px-2 py-1.5 text-right font-mono ${count > 0 ? "font-semibold text-amber-700 dark:text-amber-400" : "text-slate-400"}`}>
                      {q.enoughData || count > 0 ? count : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
