"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/client/request-json";
import { useOpenedAt } from "@/components/use-opened-at";
import { useQuestionProgress } from "./question-progress";

type TRating = "knew" | "review";

export function SelfAssessment() {
  const { questionId, signedIn, progress, markAnswered } = useQuestionProgress();
  const pathname = usePathname();
  const openedAt = useOpenedAt();
  const [state, setState] = useState<{ kind: "idle" } | { kind: "saving" } | { kind: "saved"; rating: TRating } | { kind: "error"; message: string }>({ kind: "idle" });

  async function submit(rating: TRating) {
    setState({ kind: "saving" });
    const result = await callApi("createSelfAssessment", {
      body: { kind: "self_assess", questionId, rating, durationMs: Date.now() - openedAt.current, idempotencyKey: crypto.randomUUID() },
    });
    if (!result.ok) {
      setState({ kind: "error", message: result.error.message });
      return;
    }
    markAnswered();
    setState({ kind: "saved", rating });
  }

  return (
    <section className="mt-10 rounded-xl border border-slate-200 p-5 dark:border-slate-800" aria-labelledby="self-assess-heading">
      <h2 id="self-assess-heading" className="font-semibold">
        How did you do?
      </h2>
      {!signedIn ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`} className="underline">
            Sign in
          </Link>{" "}
          to record your answer and track your progress.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {progress?.attemptCount
              ? `You have assessed yourself on this question ${progress.attemptCount} time${progress.attemptCount === 1 ? "" : "s"}.`
              : "Be honest: it decides what you see again."}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={state.kind === "saving"}
              onClick={() => submit("knew")}
              className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              I knew this
            </button>
            <button
              type="button"
              disabled={state.kind === "saving"}
              onClick={() => submit("review")}
              className="rounded-md bg-amber-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800 disabled:opacity-60"
            >
              I need to review
            </button>
          </div>
          <p className="mt-2 min-h-5 text-sm" role="status">
            {state.kind === "saved" ? (state.rating === "knew" ? "Saved: marked as known." : "Saved: marked for review.") : null}
            {state.kind === "error" ? <span className="text-rose-600">{state.message}</span> : null}
          </p>
        </>
      )}
    </section>
  );
}
