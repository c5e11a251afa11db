import Link from "next/link";
import { ProgressBar } from "@/components/progress-bar";
import { getActor } from "@/lib/server/auth/get-actor";
import { listBanks } from "@/lib/server/data/banks/list-banks";

export default async function HomePage() {
  const actor = await getActor();
  const banks = await listBanks({ actor });
  return (
    <>
      <section className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight">Question banks</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">Interview questions with model answers you can run, quiz yourself on, and come back to.</p>
      </section>
      {banks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700">
          No banks yet. Run <code>npm run content:import</code> to load the ones in <code>content/</code>.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {banks.map((bank) => {
            const percent = bank.questionCount === 0 ? 0 : Math.round((bank.answeredCount / bank.questionCount) * 100);
            return (
              <li key={bank.slug}>
                <Link
                  href={`/${bank.slug}`}
                  className="block rounded-xl border border-slate-200 p-5 transition hover:border-slate-400 hover:shadow-sm dark:border-slate-800 dark:hover:border-slate-600"
                  data-testid={`bank-card-${bank.slug}`}
                >
                  <h2 className="text-lg font-semibold">
                    <span aria-hidden>{bank.emoji}</span> {bank.name}
                  </h2>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{bank.description}</p>
                  <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">
                    {bank.questionCount} question{bank.questionCount === 1 ? "" : "s"}
                    {bank.size > bank.questionCount ? ` of ${bank.size} planned` : ""}
                  </p>
                  {actor ? (
                    <div className="mt-3">
                      <ProgressBar percent={percent} label={`${bank.name} progress`} tone="emerald" />
                      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                        {bank.answeredCount} / {bank.questionCount} answered
                      </p>
                    </div>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
