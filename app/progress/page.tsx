import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { addDays } from "@/lib/srs/learner-day";
import { getActor } from "@/lib/server/auth/get-actor";
import { getProgress } from "@/lib/server/data/progress/get-progress";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/progress")}`);
  const progress = await getProgress({ actor });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Your progress</h1>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          <Link href="/settings" className="underline">
            Settings and data download
          </Link>
        </p>
      </div>
      <ProgressDashboard progress={progress} firstDay={addDays(progress.today.day, -364)} />
    </>
  );
}
