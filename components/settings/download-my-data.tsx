const link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

export function DownloadMyData() {
  return (
    <div className="mt-2 space-y-3 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        Every answer you gave, and the review log. The review log CSV has the columns the FSRS optimizer reads (<code>card_id</code>, <code>review_time</code> in ms,{" "}
        <code>review_rating</code> 1–4, <code>review_state</code>, <code>review_duration</code> in ms) plus where each review came from.
      </p>
      <div className="flex flex-wrap gap-2">
        <a className={link} href="/api/me/export?data=attempts&format=csv" download>
          Attempts (CSV)
        </a>
        <a className={link} href="/api/me/export?data=attempts&format=json" download>
          Attempts (JSON)
        </a>
        <a className={link} href="/api/me/export?data=reviews&format=csv" download data-testid="export-reviews-csv">
          Review log (CSV)
        </a>
        <a className={link} href="/api/me/export?data=reviews&format=json" download>
          Review log (JSON)
        </a>
      </div>
    </div>
  );
}
