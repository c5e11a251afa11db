import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { getBank, type TBankRow } from "@/lib/server/data/banks/get-bank";
import { listBankQuestions } from "@/lib/server/data/questions/list-bank-questions";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { DifficultyBadge } from "@/components/bank/difficulty-badge";
import { InlineMarkdown } from "@/components/inline-markdown";

type TProps = { params: Promise<{ bank: string }> };

async function loadBank(params: TProps["params"]): Promise<TBankRow> {
  const slug = parseBankParam((await params).bank);
  if (!slug) notFound();
  try {
    return await getBank({ slug });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const bank = await loadBank(params);
  return { title: `${bank.name} questions` };
}

export default async function BankPage({ params }: TProps) {
  const bank = await loadBank(params);
  const actor = await getActor();
  const questions = await listBankQuestions({ bankId: bank.id, actor });
  const answered = questions.filter((q) => q.answered).length;
  return (
    <>
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">
          <span aria-hidden>{bank.emoji}</span> {bank.name}
        </h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{bank.description}</p>
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
          {bank.questionCount} of {bank.size} questions{actor ? ` · ${answered} answered` : ""}
        </p>
        <Link
          href={`/quiz/new?bank=${bank.slug}`}
          className="mt-4 inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900"
          data-testid="start-quiz-link"
        >
          Start a quiz
        </Link>
      </header>
      <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {questions.map((q) => (
          <li key={q.id} className="flex items-start gap-3 px-4 py-3" data-testid={`question-row-${q.number}`}>
            <span className="w-10 shrink-0 pt-0.5 text-right font-mono text-sm text-slate-500 dark:text-slate-400">{q.number}</span>
            <div className="min-w-0 flex-1">
              <Link href={`/${bank.slug}/${q.number}`} className="font-medium hover:underline">
                <InlineMarkdown text={q.title} />
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-1.5">
                <DifficultyBadge difficulty={q.difficulty} />
                {q.tags.map((tag) => (
                  <span key={tag} className="text-xs text-slate-500 dark:text-slate-400">
                    #{tag}
                  </span>
                ))}
              </div>
            </div>
            {q.answered ? (
              <span className="shrink-0 text-sm font-semibold text-emerald-600" data-testid="row-answered" title="Answered">
                ✓ Answered
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
