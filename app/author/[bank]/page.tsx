import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QUESTION_SORTS, ZQuestionFilters, type TQuestionFilters } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { listAuthorQuestions } from "@/lib/server/data/authoring/list-author-questions";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { requireAuthorPage } from "@/lib/server/permissions/require-author-page";
import { CreateQuestionForm } from "@/components/author/create-question-form";
import { MoveButtons } from "@/components/author/move-buttons";
import { DifficultyBadge } from "@/components/bank/difficulty-badge";
import { InlineMarkdown } from "@/components/inline-markdown";

type TProps = { params: Promise<{ bank: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `Author · ${(await params).bank}` };
}

const STATUS_STYLE = {
  published: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
  draft: "bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200",
  archived: "bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
} as const;

const selectClass = "rounded-md border border-slate-300 bg-transparent px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950";

export default async function AuthorBankPage({ params, searchParams }: TProps) {
  const slug = parseBankParam((await params).bank);
  if (!slug) notFound();
  const actor = await requireAuthorPage(`/author/${slug}`);
  const query = await searchParams;
  const filters: TQuestionFilters = ZQuestionFilters.parse(
    Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])),
  );
  const list = await listAuthorQuestions({ actor, bankSlug: slug, filters }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const filtered = list.questions.length !== list.total;
  return (
    <div data-layout="wide" className="mx-auto max-w-6xl">
      <nav className="mb-4 text-sm">
        <Link href="/author" className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          ← All banks
        </Link>
      </nav>
      <header className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-bold tracking-tight">
          <span aria-hidden>{list.bank.emoji}</span> {list.bank.name}
        </h1>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/author/${list.bank.slug}/analysis`} className="text-sky-700 hover:underline dark:text-sky-400">
            Item analysis
          </Link>
          <Link href={`/author/${list.bank.slug}/exchange`} className="text-sky-700 hover:underline dark:text-sky-400">
            Import and export
          </Link>
          <Link href={`/${list.bank.slug}`} className="text-sky-700 hover:underline dark:text-sky-400">
            The bank as learners see it →
          </Link>
        </div>
      </header>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800" data-testid="question-filters">
        <label className="flex min-w-48 flex-1 flex-col gap-1">
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Search</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Title, text or number" className={selectClass} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Tag</span>
          <select name="tag" defaultValue={filters.tag ?? ""} className={selectClass}>
            <option value="">any</option>
            {list.bank.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Difficulty</span>
          <select name="difficulty" defaultValue={filters.difficulty ?? ""} className={selectClass}>
            <option value="">any</option>
            <option value="easy">easy</option>
            <option value="medium">medium</option>
            <option value="hard">hard</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Status</span>
          <select name="status" defaultValue={filters.status ?? ""} className={selectClass}>
            <option value="">any</option>
            <option value="published">published</option>
            <option value="draft">draft</option>
            <option value="archived">archived</option>
          </select>
        </label>
        <label className="flex items-center gap-1.5 pb-1.5">
          <input type="checkbox" name="hasDraft" value="yes" defaultChecked={filters.hasDraft === "yes"} />
          <span>has a draft</span>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Sort by</span>
          <select name="sort" defaultValue={filters.sort} className={selectClass}>
            {QUESTION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {sort === "updated" ? "last change" : sort}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900">
          Apply
        </button>
        {filtered || filters.sort !== "number" ? (
          <Link href={`/author/${list.bank.slug}`} className="pb-1.5 text-slate-500 dark:text-slate-400 hover:underline">
            Clear
          </Link>
        ) : null}
      </form>
      <p className="mb-2 text-sm text-slate-500 dark:text-slate-400" data-testid="question-count">
        {filtered ? `${list.questions.length} of ${list.total} questions` : `${list.total} questions`}
      </p>
      <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="author-questions">
        {list.questions.map((q) => (
          <li key={q.id} className="flex items-start gap-3 px-3 py-2.5" data-testid={`author-question-${q.number}`}>
            <span className="w-10 shrink-0 pt-0.5 text-right font-mono text-sm text-slate-500 dark:text-slate-400">{q.number}</span>
            <div className="min-w-0 flex-1">
              <Link href={`/author/${list.bank.slug}/${q.number}`} className="font-medium hover:underline">
                <InlineMarkdown text={q.title} />
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
                <DifficultyBadge difficulty={q.difficulty} />
                <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[q.status]}`}>{q.status}</span>
                {q.hasDraft && q.status !== "draft" ? (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-800 dark:bg-amber-900/60 dark:text-amber-200">draft v{q.headVersion}</span>
                ) : null}
                {q.tags.map((tag) => (
                  <span key={tag} className="text-slate-500 dark:text-slate-400">
                    #{tag}
                  </span>
                ))}
                <span className="text-slate-500 dark:text-slate-400">
                  · changed <time dateTime={q.updatedAt}>{q.updatedAt.slice(0, 10)}</time>
                </span>
              </div>
            </div>
            {filters.sort === "number" && !filtered ? <MoveButtons questionId={q.id} number={q.number} last={list.total} /> : null}
          </li>
        ))}
      </ol>
      <section className="mt-8 max-w-xl" aria-labelledby="new-question-title">
        <h2 id="new-question-title" className="text-lg font-semibold">
          New question
        </h2>
        <CreateQuestionForm bank={list.bank.slug} next={list.total + 1} tags={list.bank.tags} />
      </section>
    </div>
  );
}
