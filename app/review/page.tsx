import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth/get-actor";
import { listBanks } from "@/lib/server/data/banks/list-banks";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { ReviewSession } from "@/components/review/review-session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ bank?: string }> }) {
  const requested = (await searchParams).bank;
  const bank = requested ? parseBankParam(requested) : null;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(bank ? `/review?bank=${bank}` : "/review")}`);
  const [queue, banks] = await Promise.all([getReviewQueue({ actor, bank: bank ?? undefined }), listBanks({ actor })]);
  const tab = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm ${active ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Review</h1>
        {banks.length > 1 ? (
          <nav className="flex flex-wrap gap-1" aria-label="Banks to review">
            <Link href="/review" className={tab(!bank)} aria-current={!bank ? "page" : undefined}>
              All banks
            </Link>
            {banks.map((b) => (
              <Link key={b.slug} href={`/review?bank=${b.slug}`} className={tab(bank === b.slug)} aria-current={bank === b.slug ? "page" : undefined}>
                <span aria-hidden>{b.emoji}</span> {b.name}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>
      <ReviewSession key={bank ?? "all"} initial={queue} bank={bank} />
    </>
  );
}
