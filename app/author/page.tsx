import type { Metadata } from "next";
import Link from "next/link";
import { listAuthorBanks } from "@/lib/server/data/authoring/list-author-banks";
import { requireAuthorPage } from "@/lib/server/permissions/require-author-page";
import { BankImport } from "@/components/author/bank-import";
import { CreateBankForm } from "@/components/author/create-bank-form";

export const metadata: Metadata = { title: "Author" };

export default async function AuthorHomePage() {
  const actor = await requireAuthorPage("/author");
  const banks = await listAuthorBanks({ actor });
  return (
    <>
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">Author</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">Edit questions in the browser: drafts stay private until you publish, and every version is kept.</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2" data-testid="author-banks">
        {banks.map((bank) => (
          <li key={bank.slug}>
            <Link
              href={`/author/${bank.slug}`}
              className="block rounded-xl border border-slate-200 p-5 transition hover:border-slate-400 hover:shadow-sm dark:border-slate-800 dark:hover:border-slate-600"
              data-testid={`author-bank-${bank.slug}`}
            >
              <h2 className="text-lg font-semibold">
                <span aria-hidden>{bank.emoji}</span> {bank.name}
              </h2>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{bank.description}</p>
              <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <div>
                  <dt className="inline text-slate-500 dark:text-slate-400">Published </dt>
                  <dd className="inline font-semibold" data-testid="count-published">
                    {bank.counts.published}
                  </dd>
                </div>
                <div>
                  <dt className="inline text-slate-500 dark:text-slate-400">Drafts </dt>
                  <dd className="inline font-semibold" data-testid="count-draft">
                    {bank.counts.draft}
                  </dd>
                </div>
                <div>
                  <dt className="inline text-slate-500 dark:text-slate-400">Archived </dt>
                  <dd className="inline font-semibold" data-testid="count-archived">
                    {bank.counts.archived}
                  </dd>
                </div>
                {bank.counts.withDraft > 0 ? (
                  <div className="text-amber-700 dark:text-amber-400">
                    <dd className="inline font-semibold">{bank.counts.withDraft}</dd>
                    <dt className="inline"> with unpublished changes</dt>
                  </div>
                ) : null}
              </dl>
            </Link>
          </li>
        ))}
      </ul>
      <section className="mt-10 max-w-xl" aria-labelledby="new-bank-title">
        <h2 id="new-bank-title" className="text-lg font-semibold">
          New bank
        </h2>
        <CreateBankForm />
      </section>
      <section className="mt-10 max-w-3xl" aria-labelledby="import-bank-title">
        <h2 id="import-bank-title" className="text-lg font-semibold">
          Import a bank
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          A zip of a bank folder (bank.md and its question files), exported from another Interleave server or zipped from a content folder, becomes a new bank here. To update a
          bank that exists, import from its own page.
        </p>
        <BankImport into={null} />
      </section>
    </>
  );
}
