import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { renderAnswer } from "@/lib/content/render-markdown";
import { AppError } from "@/lib/errors";
import { listQuestionPredictions } from "@/lib/server/data/predictions/list-question-predictions";
import { getQuestionPage, type TQuestionPage } from "@/lib/server/data/questions/get-question-page";
import { parseQuestionParams } from "@/lib/server/data/questions/parse-question-params";
import { DifficultyBadge } from "@/components/bank/difficulty-badge";
import { InlineMarkdown } from "@/components/inline-markdown";
import { AnsweredBadge } from "@/components/question/answered-badge";
import { AnswerSegments } from "@/components/question/answer-segments";
import { KeyboardNav } from "@/components/question/keyboard-nav";
import { QuestionProgressProvider } from "@/components/question/question-progress";
import { SelfAssessment } from "@/components/question/self-assessment";

// The page is the same for every learner, so it is rendered once and cached; the learner's own
// state loads in the browser. Content imports become visible within a minute.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ bank: string; number: string }> };

async function loadPage(params: TProps["params"]): Promise<TQuestionPage> {
  const parsed = parseQuestionParams(await params);
  if (!parsed) notFound();
  try {
    return await getQuestionPage({ bankSlug: parsed.bank, number: parsed.number });
  } catch (error) {
    // A moved question's old number never gets here: proxy.ts redirects it first.
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const page = await loadPage(params);
  return { title: `${page.bank.name} Q${page.question.number}: ${page.question.title.replace(/`/g, "")}` };
}

export default async function QuestionPage({ params }: TProps) {
  const page = await loadPage(params);
  const [segments, predictions] = await Promise.all([
    renderAnswer(page.version.bodyMarkdown, { runnableFences: page.version.runnableFences }),
    listQuestionPredictions({ questionVersionId: page.version.id }),
  ]);
  const base = `/${page.bank.slug}`;
  return (
    <QuestionProgressProvider questionId={page.question.id}>
      <KeyboardNav previous={page.previous ? `${base}/${page.previous.number}` : null} next={page.next ? `${base}/${page.next.number}` : null} />
      <nav className="mb-4 text-sm">
        <Link href={base} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          ← All {page.bank.name} questions
        </Link>
      </nav>
      <header className="mb-6">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-500 dark:text-slate-400" data-testid="question-kicker">
          <span>
            <span aria-hidden>{page.bank.emoji}</span> {page.bank.name} · Q{page.question.number} / {page.bank.size}
          </span>
          <DifficultyBadge difficulty={page.question.difficulty} />
          <AnsweredBadge />
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">
          <InlineMarkdown text={page.question.title} />
        </h1>
        {page.question.tags.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Tags">
            {page.question.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <AnswerSegments segments={segments} predictions={predictions} />
      <SelfAssessment />
      <nav className="mt-10 grid grid-cols-2 gap-4 border-t border-slate-200 pt-6 text-sm dark:border-slate-800" aria-label="Question navigation">
        <div>
          {page.previous ? (
            <Link href={`${base}/${page.previous.number}`} rel="prev" className="group block">
              <span className="text-slate-500 dark:text-slate-400">← Previous (Q{page.previous.number})</span>
              <span className="block font-medium group-hover:underline">
                <InlineMarkdown text={page.previous.title} />
              </span>
            </Link>
          ) : null}
        </div>
        <div className="text-right">
          {page.next ? (
            <Link href={`${base}/${page.next.number}`} rel="next" className="group block">
              <span className="text-slate-500 dark:text-slate-400">Next (Q{page.next.number}) →</span>
              <span className="block font-medium group-hover:underline">
                <InlineMarkdown text={page.next.title} />
              </span>
            </Link>
          ) : null}
        </div>
      </nav>
    </QuestionProgressProvider>
  );
}
