"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { TPredictionResult, TPredictionView } from "@/lib/contracts/predictions";
import { emptyDraft, ItemInput, toResponse, type TDraft } from "@/components/quiz/item-input";
import { useOpenedAt } from "@/components/use-opened-at";
import { useQuestionProgress } from "@/components/question/question-progress";
import { callApi } from "@/lib/client/request-json";

type TProps = {
  predictions: TPredictionView[];
  /** the learner changed the code: a prediction is about the author's program */
  edited: boolean;
  /** the learner ran the program before predicting */
  ranFirst: boolean;
  onGraded: () => void;
};

type TState = { kind: "editing" } | { kind: "saving" } | { kind: "graded"; results: TPredictionResult[] } | { kind: "error"; message: string };

const HEADINGS = { output: "In what order are the lines printed?", time: "How long does it take?" } as const;

/** "Predict, then run": the learner commits to the printed order and/or the total virtual time,
 * the server grades it by running the program, and the block then runs it here to show why. */
export function PredictionPanel({ predictions, edited, ranFirst, onGraded }: TProps) {
  const { questionId, signedIn, progress, markAnswered } = useQuestionProgress();
  const pathname = usePathname();
  const openedAt = useOpenedAt();
  const [drafts, setDrafts] = useState<TDraft[]>(() => predictions.map((p) => emptyDraft({ ...p, items: null })));
  const [state, setState] = useState<TState>({ kind: "editing" });
  const graded = state.kind === "graded";

  if (ranFirst && !graded) {
    return (
      <p className="sandbox-predict-note" data-testid="prediction-skipped">
        You ran the example before predicting its output. Reset it and predict first next time: committing to an answer makes the timeline stick.
      </p>
    );
  }

  async function submit() {
    const responses = predictions.map((p, i) => toResponse({ ...p, items: null }, drafts[i] as TDraft));
    if (responses.some((r) => r === null)) {
      setState({ kind: "error", message: "Answer every part of the prediction first." });
      return;
    }
    setState({ kind: "saving" });
    const results: TPredictionResult[] = [];
    for (const [i, prediction] of predictions.entries()) {
      const response = responses[i];
      if (!response) return;
      const result = await callApi("answerPrediction", {
        body: { questionId, itemKey: prediction.key, response, durationMs: Date.now() - openedAt.current, idempotencyKey: crypto.randomUUID() },
      });
      if (!result.ok) {
        setState({ kind: "error", message: result.error.message });
        return;
      }
      results.push(result.data);
    }
    markAnswered();
    setState({ kind: "graded", results });
    onGraded();
  }

  return (
    <section className="sandbox-predict" aria-label="Predict the output" data-testid="prediction">
      <p className="sandbox-kicker">Predict, then run</p>
      {predictions.map((prediction, i) => {
        const result = graded ? state.results[i] : undefined;
        return (
          <div key={prediction.key} className="mt-3" data-testid={`prediction-${prediction.target}`}>
            <h3 className="mb-2 text-sm font-semibold">{HEADINGS[prediction.target]}</h3>
            {!graded ? <LastPrediction last={progress?.predictions?.find((p) => p.itemKey === prediction.key.split("@")[0])} /> : null}
            <ItemInput
              item={{ ...prediction, items: null, literal: true }}
              draft={drafts[i] as TDraft}
              setDraft={(d) => setDrafts((all) => all.map((old, j) => (j === i ? d : old)))}
              locked={state.kind === "saving" || graded}
            />
            {result ? <PredictionVerdict result={result} target={prediction.target} /> : null}
          </div>
        );
      })}
      {!signedIn ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`} className="underline">
            Sign in
          </Link>{" "}
          to have your prediction checked and saved, or just run the example.
        </p>
      ) : graded ? null : (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={submit}
            disabled={state.kind === "saving" || edited}
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
            data-testid="prediction-submit"
          >
            {state.kind === "saving" ? "Checking…" : "Check my prediction"}
          </button>
          {edited ? <span className="text-xs text-slate-500 dark:text-slate-400">The prediction is about the author&apos;s code: press Reset to make one.</span> : null}
          {state.kind === "error" ? (
            <span className="text-sm text-rose-600" role="alert">
              {state.message}
            </span>
          ) : null}
        </div>
      )}
    </section>
  );
}

function LastPrediction({ last }: { last: { correct: boolean; createdAt: string } | undefined }) {
  if (!last) return null;
  const when = new Date(last.createdAt).toLocaleDateString(undefined, { day: "numeric", month: "short" });
  return (
    <p className="-mt-1 mb-2 text-xs text-slate-500 dark:text-slate-400" data-testid="prediction-last">
      Your last prediction ({when}) was {last.correct ? "right" : "wrong"}. Predict again before you look.
    </p>
  );
}

function PredictionVerdict({ result, target }: { result: TPredictionResult; target: TPredictionView["target"] }) {
  return (
    <div
      className={`mt-2 rounded-lg p-3 text-sm ${result.correct ? "bg-emerald-50 dark:bg-emerald-950" : "bg-rose-50 dark:bg-rose-950"}`}
      data-testid="prediction-verdict"
      role="status"
    >
      <p className="font-semibold">
        {result.correct ? "✓ Right" : "✗ Not quite"}: {target === "output" ? "the program prints" : "the program takes"}
      </p>
      <pre className="mt-1 font-mono text-xs whitespace-pre-wrap">{result.expected.join("\n")}</pre>
      <p className="mt-1 text-slate-600 dark:text-slate-300">{result.explanation}</p>
    </div>
  );
}
