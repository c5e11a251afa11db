"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TReviewAnswerResult, TReviewEntry, TReviewHint, TReviewQueue } from "@/lib/contracts/review";
import type { TRecallRating } from "@/lib/quiz/schemas";
import { enterBelongsToControl } from "@/lib/client/enter-belongs-to-control";
import { announceAnswered, callApi } from "@/lib/client/request-json";
import { InlineMarkdown } from "@/components/inline-markdown";
import { useFocusOnChange } from "@/components/use-focus-on-change";
import { ProgressBar } from "@/components/progress-bar";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { emptyDraft, ItemInput, toResponse, type TDraft } from "@/components/quiz/item-input";
import { describeDue, describeInterval, describeNextReview } from "./describe-due";
import { ModelAnswer } from "./model-answer";
import { ReviewDone } from "./review-done";

const RATINGS: { rating: TRecallRating; label: string }[] = [
  { rating: "again", label: "Again" },
  { rating: "hard", label: "Hard" },
  { rating: "good", label: "Good" },
  { rating: "easy", label: "Easy" },
];

type TAnswered = { entry: TReviewEntry; result: TReviewAnswerResult };

// One item at a time from today's queue. The server grades and schedules; the page keeps only
// the entries it was given, asks for more when they run out, and remembers the last answer so
// U can take its rating back.
export function ReviewSession({ initial, bank }: { initial: TReviewQueue; bank: string | null }) {
  const router = useRouter();
  const [queue, setQueue] = useState(initial);
  const [index, setIndex] = useState(0);
  const entry: TReviewEntry | undefined = queue.entries[index];
  const [draft, setDraft] = useState<TDraft | null>(entry ? emptyDraft(entry) : null);
  const [revealed, setRevealed] = useState(false);
  const [hint, setHint] = useState<TReviewHint | null>(null);
  const [answered, setAnswered] = useState<TAnswered | null>(null);
  const [last, setLast] = useState<TAnswered | null>(null);
  const [doneHere, setDoneHere] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const shownAt = useRef(0);
  const idempotencyKey = useRef("");

  // A new card starts blank, reset while it renders so it never shows the last card's answer;
  // its clock and idempotency key start once it is on screen.
  const cardKey = `${index}:${entry?.ref ?? "done"}`;
  const [shownCard, setShownCard] = useState(cardKey);
  if (shownCard !== cardKey) {
    setShownCard(cardKey);
    setDraft(entry ? emptyDraft(entry) : null);
    setRevealed(false);
    setHint(null);
    setAnswered(null);
    setError(null);
  }
  const promptRef = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(cardKey, promptRef);
  useEffect(() => {
    shownAt.current = Date.now();
    idempotencyKey.current = crypto.randomUUID();
  }, [cardKey]);

  const reload = useCallback(async () => {
    const result = await callApi("getReviewQueue", { query: { bank: bank ?? undefined } });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setQueue(result.data);
    setIndex(0);
  }, [bank]);

  const next = useCallback(() => {
    if (index + 1 < queue.entries.length) setIndex(index + 1);
    else void reload();
  }, [index, queue.entries.length, reload]);

  const submit = useCallback(
    async (rating?: TRecallRating) => {
      if (!entry || !draft || pending || answered) return;
      const response = rating ? { kind: "recall" as const, rating } : toResponse(entry, draft);
      if (!response) {
        setError(entry.kind === "matching" ? "Match every fact first." : "Choose an answer first.");
        return;
      }
      setPending(true);
      setError(null);
      const result = await callApi("answerReview", {
        body: { ref: entry.ref, response, durationMs: Date.now() - shownAt.current, hinted: hint !== null, idempotencyKey: idempotencyKey.current },
      });
      setPending(false);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      const done = { entry, result: result.data };
      setLast(done);
      setDoneHere((n) => n + 1);
      announceAnswered();
      // A recall card needs no feedback: the learner has just compared it themselves.
      if (entry.kind === "recall") next();
      else setAnswered(done);
    },
    [entry, draft, pending, answered, hint, next],
  );

  const undo = useCallback(async () => {
    if (!last || pending) return;
    setPending(true);
    const result = await callApi("undoReview", { body: { logId: last.result.logId } });
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    // The undone item comes back in front of the one on screen.
    const entries = queue.entries.filter((e, i) => i >= index && e.ref !== last.entry.ref && e.ref !== result.data.ref);
    const current = answered ? entries.filter((e) => e.ref !== answered.entry.ref) : entries;
    setQueue({ ...queue, entries: [{ ...last.entry, ref: result.data.ref, isNew: result.data.ref.startsWith("new:") }, ...current] });
    setIndex(0);
    setLast(null);
    setDoneHere((n) => Math.max(0, n - 1));
    announceAnswered();
  }, [last, pending, queue, index, answered]);

  const askHint = useCallback(async () => {
    if (!entry || hint || answered || !entry.hintable) return;
    const result = await callApi("getReviewHint", { body: { ref: entry.ref } });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setHint(result.data);
    if (result.data.removeOption !== null && draft && draft.choice === result.data.removeOption) setDraft({ ...draft, choice: null });
  }, [entry, hint, answered, draft]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (event.key === "Enter" && enterBelongsToControl(event.target)) return;
      const typing = target?.tagName === "INPUT" || target?.tagName === "SELECT" || target?.tagName === "TEXTAREA";
      if ((event.key === "u" || event.key === "U") && !typing) {
        event.preventDefault();
        void undo();
        return;
      }
      if (!entry || !draft) return;
      if (answered) {
        if (event.key === "ArrowRight" || event.key === "Enter") {
          event.preventDefault();
          next();
        }
        return;
      }
      if (event.key === "Enter" || (event.key === " " && entry.kind === "recall" && !revealed)) {
        event.preventDefault();
        if (entry.kind === "recall" && !revealed) setRevealed(true);
        else if (entry.kind !== "recall") void submit();
        return;
      }
      if ((event.key === "h" || event.key === "H") && !typing) {
        void askHint();
        return;
      }
      if (typing || !/^[1-9]$/.test(event.key)) return;
      const i = Number(event.key) - 1;
      if (entry.kind === "recall") {
        const rating = RATINGS[i]?.rating;
        if (revealed && rating) void submit(rating);
      } else if ((entry.kind === "single_choice" || entry.kind === "true_false") && i < entry.options.length && i !== hint?.removeOption) {
        setDraft({ ...draft, choice: i });
      } else if (entry.kind === "multiple_choice" && i < entry.options.length && i !== hint?.removeOption) {
        setDraft({ ...draft, choices: draft.choices.includes(i) ? draft.choices.filter((c) => c !== i) : [...draft.choices, i] });
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [entry, draft, answered, revealed, hint, submit, next, undo, askHint]);
  // Declared after the key listener's effect, so the card says "ready" only once keys work:
  // a key pressed before hydration would otherwise be lost without a trace.
  const [keysReady, setKeysReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the one render after hydration is the point: effects (the key listener) run only in the browser
  useEffect(() => setKeysReady(true), []);

  const remaining = queue.counts.due + queue.counts.fresh - index - (answered ? 1 : 0);
  const total = doneHere + Math.max(remaining, 0);
  const percent = total === 0 ? 100 : Math.round((doneHere / total) * 100);

  if (!entry || !draft) {
    return <ReviewDone queue={queue} bank={bank} canUndo={last !== null} onUndo={undo} onStartQuiz={(id) => router.push(`/quiz/${id}`)} describeNext={describeNextReview} />;
  }

  return (
    <div>
      <div className="mb-4">
        <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-500 dark:text-slate-400">
          <span data-testid="review-progress">
            {doneHere} done · {Math.max(remaining, 0)} left today
          </span>
          <span>
            Goal {queue.counts.doneToday + doneHere} / {queue.counts.dailyGoal}
          </span>
        </div>
        <div className="mt-1">
          <ProgressBar percent={percent} label="Today's review" />
        </div>
      </div>
      <section className="rounded-xl border border-slate-200 p-5 dark:border-slate-800" aria-live="polite" data-testid="review-card" data-keys={keysReady ? "ready" : undefined}>
        <p className="mb-1 flex flex-wrap items-center gap-2 text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
          <span>{entry.isNew ? "New" : entry.state === "relearning" ? "Relearning" : entry.state === "learning" ? "Learning" : "Review"}</span>
          <span aria-hidden>·</span>
          <Link href={entry.question.href} target="_blank" className="normal-case hover:underline">
            <span aria-hidden>{entry.question.bank.emoji}</span> Q{entry.question.number}
          </Link>
        </p>
        <h2 ref={promptRef} tabIndex={-1} className="mb-4 text-lg font-semibold" data-testid="review-prompt">
          <InlineMarkdown text={entry.prompt} />
        </h2>
        {entry.code ? (
          <pre className="sandbox-output mb-4 max-h-96" aria-label="The program">
            {entry.code}
          </pre>
        ) : null}
        {entry.kind === "recall" ? (
          revealed ? (
            <div>
              <ModelAnswer refId={entry.ref} />
              <p className="mb-3 text-sm">Compare it with what you recalled. How well did you recall it?</p>
              <div className="flex flex-wrap gap-2">
                {RATINGS.map(({ rating, label }, i) => (
                  <button
                    key={rating}
                    type="button"
                    disabled={pending}
                    onClick={() => submit(rating)}
                    className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                    data-testid={`rate-${rating}`}
                  >
                    <kbd className="mr-1 text-xs text-slate-500 dark:text-slate-400">{i + 1}</kbd>
                    {label}
                    {entry.previews ? <span className="ml-1.5 text-xs text-slate-500 dark:text-slate-400">{describeInterval(entry.previews[rating])}</span> : null}
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <button
              type="button"
              onClick={() => setRevealed(true)}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
              data-testid="reveal-answer"
            >
              Show the answer <kbd className="ml-1 text-xs opacity-70">Space</kbd>
            </button>
          )
        ) : (
          <ItemInput item={{ ...entry, literal: entry.code !== null }} draft={draft} setDraft={setDraft} locked={answered !== null} disabledOption={hint?.removeOption ?? null} />
        )}
        {hint?.text ? (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="review-hint">
            Hint: <InlineMarkdown text={hint.text} />
          </p>
        ) : null}
        {error ? (
          <p className="mt-3 text-sm text-rose-600 dark:text-rose-400" role="alert">
            {error}
          </p>
        ) : null}
        {answered ? (
          <AnswerFeedback
            correct={answered.result.correct}
            answerText={answered.result.correctAnswerText}
            explanation={answered.result.explanation}
            literal={entry.code !== null}
            testId="review-feedback"
          >
            <p className="mt-1 text-slate-600 dark:text-slate-300">Back {describeDue(answered.result.due)}.</p>
          </AnswerFeedback>
        ) : null}
        <div className="mt-5 flex flex-wrap gap-2">
          {entry.kind !== "recall" && !answered ? (
            <button
              type="button"
              onClick={() => submit()}
              disabled={pending}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
              data-testid="review-submit"
            >
              Submit <kbd className="ml-1 text-xs opacity-70">Enter</kbd>
            </button>
          ) : null}
          {answered ? (
            // In place of Submit, which had focus: focus moves on with it.
            <button
              type="button"
              autoFocus
              onClick={next}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
              data-testid="review-next"
            >
              Next <kbd className="ml-1 text-xs opacity-70">→</kbd>
            </button>
          ) : null}
          {entry.hintable && !answered && !hint ? (
            <button
              type="button"
              onClick={askHint}
              className="rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              data-testid="review-hint-button"
            >
              Hint <kbd className="ml-1 text-xs opacity-70">H</kbd>
            </button>
          ) : null}
          {last ? (
            <button
              type="button"
              onClick={undo}
              disabled={pending}
              className="ml-auto rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              data-testid="review-undo"
            >
              Undo last rating <kbd className="ml-1 text-xs opacity-70">U</kbd>
            </button>
          ) : null}
        </div>
      </section>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Keys: 1–4 rate a recall card · 1–9 pick · Enter submit · → next · H hint · U undo</p>
    </div>
  );
}
