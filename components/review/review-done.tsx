"use client";

import { useState } from "react";
import type { TReviewQueue } from "@/lib/contracts/review";
import { callApi } from "@/lib/client/request-json";

type TProps = {
  queue: TReviewQueue;
  bank: string | null;
  canUndo: boolean;
  onUndo: () => void;
  onStartQuiz: (quizId: string) => void;
  describeNext: (atIso: string, timeZone: string) => string;
};

export function ReviewDone({ queue, bank, canUndo, onUndo, onStartQuiz, describeNext }: TProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // Practising beyond the schedule is a quiz: its answers still move the cards they touch.
  async function practise() {
    setPending(true);
    setError(null);
    const result = await callApi("startQuiz", { body: { bank: bank ?? "python", count: 10 } });
    setPending(false);
    if (result.ok) onStartQuiz(result.data.id);
    else setError(result.error.message);
  }

  const next = queue.next;
  return (
    <section className="rounded-xl border border-slate-200 p-6 text-center dark:border-slate-800" data-testid="review-done">
      <p className="text-3xl" aria-hidden>
        ✓
      </p>
      <h2 className="mt-2 text-xl font-semibold">Done for today</h2>
      <p className="mt-2 text-slate-600 dark:text-slate-300" data-testid="review-next-summary">
        {next
          ? `Next review ${describeNext(next.at, next.timeZone)}, ${next.dueThatDay} due.`
          : "Nothing is scheduled yet: answer a quiz or a question and it will come back here."}
      </p>
      <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">
        {queue.counts.doneToday} answered today · goal {queue.counts.dailyGoal}
      </p>
      <div className="mt-5 flex flex-wrap justify-center gap-2">
        <button
          type="button"
          onClick={practise}
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
          data-testid="practise-anyway"
        >
          Practise anyway
        </button>
        {canUndo ? (
          <button
            type="button"
            onClick={onUndo}
            className="rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            data-testid="review-undo"
          >
            Undo last rating <kbd className="ml-1 text-xs opacity-70">U</kbd>
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="mt-3 text-sm text-rose-600 dark:text-rose-400" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
