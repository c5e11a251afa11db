"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { TReviewSummary } from "@/lib/contracts/review";
import { ANSWERED_EVENT, callApi } from "@/lib/client/request-json";

const TIME_ZONE_KEY = "interleave:time-zone";

// "Review · N" in the header: today's queue (due now plus the new items still allowed). Fetched
// by the browser, so the static question page stays the same for every reader; refreshed on
// navigation and whenever an answer anywhere on the page is graded.
export function ReviewBadge() {
  const pathname = usePathname();
  const [summary, setSummary] = useState<TReviewSummary | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void callApi("getReviewSummary", { query: {} }).then((result) => {
        if (live && result.ok) setSummary(result.data);
      });
    load();
    window.addEventListener(ANSWERED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(ANSWERED_EVENT, load);
    };
  }, [pathname]);

  useEffect(() => {
    // Day boundaries follow the learner's time zone; until they pick one, the browser's is used.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    try {
      if (!zone || localStorage.getItem(TIME_ZONE_KEY) === zone) return;
      void callApi("adoptTimeZone", { body: { timeZone: zone } }).then((result) => {
        if (result.ok) localStorage.setItem(TIME_ZONE_KEY, zone);
      });
    } catch {
      // Storage can be refused (private mode); the settings page still lets the learner choose.
    }
  }, []);

  const total = summary ? summary.due + summary.fresh : null;
  const label = summary ? `${summary.due} due, ${summary.fresh} new` : "Review";
  return (
    <Link href="/review" title={summary ? label : undefined} className="rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800" data-testid="review-badge">
      {/* The name a screen reader announces starts with what is shown ("Review 10"), then says
          what the number is made of. */}
      Review{" "}
      {total !== null ? (
        <span
          className={`rounded-full px-1.5 text-xs font-semibold ${total > 0 ? "bg-sky-700 text-white" : "bg-slate-200 text-slate-600 dark:bg-slate-800 dark:text-slate-300"}`}
          data-testid="review-count"
        >
          {total}
        </span>
      ) : null}
      {summary ? <span className="sr-only"> ({label})</span> : null}
    </Link>
  );
}
