import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getBankItemAnalysis } from "@/lib/server/data/item-analysis/get-bank-item-analysis";
import { parseQuestionParams } from "@/lib/server/data/questions/parse-question-params";
import { requireAuthorPage } from "@/lib/server/permissions/require-author-page";
import { ItemCard } from "@/components/author/analysis/item-card";
import { FlagList, StatGrid } from "@/components/author/analysis/stat-grid";
import { InlineMarkdown } from "@/components/inline-markdown";

type TProps = { params: Promise<{ bank: string; number: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { bank, number } = await params;
  return { title: `Items of ${bank} Q${number}` };
}

export default async function QuestionItemsPage({ params }: TProps) {
  const parsed = parseQuestionParams(await params);
  if (!parsed) notFound();
  const actor = await requireAuthorPage(`/author/${parsed.bank}/${parsed.number}/items`);
  const analysis = await getBankItemAnalysis({ actor, bankSlug: parsed.bank }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const question = analysis.questions.find((q) => q.number === parsed.number);
  if (!question) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <nav className="mb-4 flex flex-wrap gap-x-4 text-sm">
        <Link href={`/author/${parsed.bank}/analysis`} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          ← Item analysis
        </Link>
        <Link href={`/author/${parsed.bank}/${parsed.number}`} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          Edit the question
        </Link>
      </nav>
      <h1 className="text-2xl font-bold tracking-tight">
        <span className="font-mono text-slate-500 dark:text-slate-400">Q{question.number}</span> <InlineMarkdown text={question.title} />
      </h1>
      <section className="mt-4 space-y-2" aria-label="The question as a whole">
        <StatGrid stats={question} />
        <FlagList stats={question} />
      </section>
      <h2 className="mt-8 text-lg font-semibold">Items</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Every item of the published version, and older items learners answered. Retire an item that is wrong or ambiguous: quizzes and reviews stop offering it, in this version and
        in later ones that keep it, and its attempts stay.
      </p>
      <ol className="mt-4 space-y-4">
        {question.items.map((item) => (
          <ItemCard key={item.key} item={item} questionId={question.id} />
        ))}
      </ol>
    </div>
  );
}
