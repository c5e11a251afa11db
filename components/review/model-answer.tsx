"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/client/request-json";
import type { TReviewModelAnswer } from "@/lib/contracts/review";

// The question's model answer, fetched once the learner has tried to recall it. The HTML is the
// same sanitized rendering the question page shows.
export function ModelAnswer({ refId }: { refId: string }) {
  const [answer, setAnswer] = useState<TReviewModelAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void callApi("getReviewAnswer", { query: { ref: refId } }).then((result) => {
      if (!live) return;
      if (result.ok) setAnswer(result.data);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [refId]);
  if (error) return <p className="text-sm text-rose-600 dark:text-rose-400">{error}</p>;
  if (!answer) return <p className="text-sm text-slate-500 dark:text-slate-400">Loading the model answer…</p>;
  return (
    <div className="mb-4 rounded-lg border border-slate-200 dark:border-slate-800" data-testid="model-answer">
      <div className="max-h-[28rem] overflow-y-auto px-4 py-3">
        <article
          className="answer prose prose-sm prose-slate dark:prose-invert prose-pre:bg-transparent prose-pre:p-0 prose-code:before:content-none prose-code:after:content-none max-w-none"
          dangerouslySetInnerHTML={{ __html: answer.html }}
        />
      </div>
      <p className="border-t border-slate-200 px-4 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        <Link href={answer.href} target="_blank" className="underline">
          Open the full page
        </Link>{" "}
        to run its examples.
      </p>
    </div>
  );
}
