import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { openBankExport } from "@/lib/server/data/exchange/open-bank-export";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { requireAuthorPage } from "@/lib/server/permissions/require-author-page";
import { BankImport } from "@/components/author/bank-import";

type TProps = { params: Promise<{ bank: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `Import and export · ${(await params).bank}` };
}

const EXPORTS = [
  {
    format: "folder",
    label: "Bank folder (.zip)",
    note: "bank.md and one file per question, as content/ holds them, at the versions learners see. Upload it on another Interleave server, or unzip it and run content:import.",
  },
  {
    format: "folder&versions=newest",
    label: "Bank folder with drafts (.zip)",
    note: "The same, with every question at its newest version, unpublished drafts and never-published questions included.",
  },
  {
    format: "gift",
    label: "Moodle (GIFT)",
    note: "Choice, true/false, matching and short-answer items, in a category per tag. In Moodle: Question bank → Import → GIFT format, with “Get category from file”.",
  },
  {
    format: "anki",
    label: "Anki flashcards (.csv)",
    note: "One note per question: the question on the front, the model answer on the back, tags per topic. File → Import in Anki 2.1.55 or later reads the settings from the file.",
  },
  { format: "json", label: "Items (.json)", note: "Every item learners are offered, with prompts, options and answers, for other tools (format in the README)." },
];

export default async function BankExchangePage({ params }: TProps) {
  const slug = parseBankParam((await params).bank);
  if (!slug) notFound();
  const actor = await requireAuthorPage(`/author/${slug}/exchange`);
  const bank = await openBankExport({ actor, bankSlug: slug }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-3xl">
      <nav className="mb-4 text-sm">
        <Link href={`/author/${bank.slug}`} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          ← {bank.name}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">
        <span aria-hidden>{bank.emoji}</span> Import and export
      </h1>
      <section className="mt-8" aria-labelledby="export-title">
        <h2 id="export-title" className="text-lg font-semibold">
          Export
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="exports">
          {EXPORTS.map((item) => (
            <li key={item.format} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4">
              <a
                href={`/api/author/banks/${bank.slug}/export?format=${item.format}`}
                className="shrink-0 font-medium text-sky-700 hover:underline sm:w-56 dark:text-sky-400"
                download
              >
                {item.label}
              </a>
              <p className="text-sm text-slate-600 dark:text-slate-400">{item.note}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-10" aria-labelledby="import-title">
        <h2 id="import-title" className="text-lg font-semibold">
          Import into {bank.name}
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Upload a zip of this bank&apos;s folder (an export from here or from another server). You see every change first: new questions, new versions with what changes, questions
          archived because the zip has no file for them, and files with problems. Each file is matched to a question by its slug. Changes are yours as an author: they become new
          versions in the history.
        </p>
        <BankImport into={bank.slug} />
      </section>
    </div>
  );
}
