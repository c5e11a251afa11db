"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TRecallRating } from "@/lib/quiz/schemas";
import type { TQuizView } from "@/lib/contracts/quizzes";
import { enterBelongsToControl } from "@/lib/client/enter-belongs-to-control";
import { announceAnswered, callApi } from "@/lib/client/request-json";
import { InlineMarkdown } from "@/components/inline-markdown";
import { useFocusOnChange } from "@/components/use-focus-on-change";
import { ProgressBar } from "@/components/progress-bar";
import { AnswerFeedback } from "./answer-feedback";
import { emptyDraft, ItemInput, toResponse, type TDraft } from "./item-input";

type TFeedback = { correct: boolean; correctAnswerText: string; explanation: string } | null;
const RATINGS: TRecallRating[] = ["again", "hard", "good", "easy"];

// One item at a time. The server decides correctness and where the learner is, so reloading
// the page (or reopening the tab) resumes at the first unanswered item.
export function QuizPlayer({ quiz }: { quiz: TQuizView }) {
  const router = useRouter();
  const position = quiz.current;
  const item = position === null ? null : quiz.items[position];
  const [draft, setDraft] = useState<TDraft | null>(item ? emptyDraft(item) : null);
  const [feedback, setFeedback] = useState<TFeedback>(null);
  const [answeredHere, setAnsweredHere] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const shownAt = useRef(0);
  const keyRef = useRef("");

  // A new item starts blank, reset while it renders so it never shows the last item's answer;
  // its clock and idempotency key start once it is on screen.
  const itemKey = `${quiz.id}:${item?.position ?? "end"}`;
  const [shownItem, setShownItem] = useState(itemKey);
  if (shownItem !== itemKey) {
    setShownItem(itemKey);
    setDraft(item ? emptyDraft(item) : null);
    setFeedback(null);
    setAnsweredHere(false);
    setRevealed(false);
    setError(null);
  }
  const promptRef = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(itemKey, promptRef);
  useEffect(() => {
    shownAt.current = Date.now();
    keyRef.current = crypto.randomUUID();
  }, [itemKey]);

  const next = useCallback(() => router.refresh(), [router]);

  const finish = useCallback(async () => {
    setPending(true);
    const finished = await callApi("finishQuiz", { params: { quizId: quiz.id } });
    setPending(false);
    if (!finished.ok) {
      setError("Could not finish the quiz. Try again.");
      return;
    }
    router.refresh();
  }, [quiz.id, router]);

  const submit = useCallback(
    async (override?: TRecallRating) => {
      if (!item || !draft || pending || answeredHere) return;
      const response = override ? { kind: "recall" as const, rating: override } : toResponse(item, draft);
      if (!response) {
        setError(item.kind === "matching" ? "Match every fact first." : "Choose an answer first.");
        return;
      }
      setPending(true);
      setError(null);
      const answered = await callApi("answerQuizItem", {
        params: { quizId: quiz.id },
        body: { position: item.position, response, durationMs: Date.now() - shownAt.current, idempotencyKey: keyRef.current },
      });
      setPending(false);
      if (!answered.ok) {
        setError(answered.error.message);
        return;
      }
      setAnsweredHere(true);
      announceAnswered();
      if (answered.data.result && item.kind !== "recall") setFeedback(answered.data.result);
      else next();
    },
    [item, draft, pending, answeredHere, quiz.id, next],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!item || !draft || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Enter" && enterBelongsToControl(event.target)) return;
      const typing = (event.target as HTMLElement | null)?.tagName === "INPUT" || (event.target as HTMLElement | null)?.tagName === "SELECT";
      if (answeredHere) {
        if (event.key === "ArrowRight" || event.key === "Enter") {
          event.preventDefault();
          next();
        }
        return;
      }
      if (event.key === "Enter") {
        event.preventDefault();
        if (item.kind === "recall" && !revealed) setRevealed(true);
        else if (item.kind !== "recall") void submit();
        return;
      }
      if (typing || !/^[1-9]$/.test(event.key)) return;
      const index = Number(event.key) - 1;
      if (item.kind === "recall") {
        const rating = RATINGS[index];
        if (revealed && rating) void submit(rating);
      } else if ((item.kind === "single_choice" || item.kind === "true_false") && index < item.options.length) {
        setDraft({ ...draft, choice: index });
      } else if (item.kind === "multiple_choice" && index < item.options.length) {
        setDraft({ ...draft, choices: draft.choices.includes(index) ? draft.choices.filter((c) => c !== index) : [...draft.choices, index] });
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [item, draft, answeredHere, revealed, submit, next]);

  const done = quiz.score.answered;
  const percent = Math.round((done / quiz.score.total) * 100);

  if (!item || !draft) {
    return (
      <div className="rounded-xl border border-slate-200 p-6 text-center dark:border-slate-800">
        <p className="font-medium">All {quiz.score.total} items answered.</p>
        {/* In place of the Next that was pressed: focus moves on with it. */}
        <button
          type="button"
          autoFocus
          onClick={finish}
          disabled={pending}
          className="mt-4 rounded-md bg-slate-900 px-4 py-2 text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
          data-testid="finish-quiz"
        >
          See my results
        </button>
        {error ? <p className="mt-2 text-sm text-rose-600">{error}</p> : null}
      </div>
    );
  }

  return (
    <div>
      <div className="mb-4">
        <div className="flex justify-between text-sm text-slate-500 dark:text-slate-400">
          <span data-testid="quiz-progress">
            Item {item.position + 1} of {quiz.score.total}
          </span>
          <span>{quiz.feedback === "immediate" ? "Marked as you go" : "Marked at the end"}</span>
        </div>
        <div className="mt-1">
          <ProgressBar percent={percent} label="Quiz progress" />
        </div>
      </div>
      <section className="rounded-xl border border-slate-200 p-5 dark:border-slate-800" aria-live="polite">
        <p className="mb-1 text-xs font-medium tracking-wide text-slate-500 dark:text-slate-400 uppercase">{labelOf(item.kind)}</p>
        <h2 ref={promptRef} tabIndex={-1} className="mb-4 text-lg font-semibold" data-testid="quiz-prompt">
          <InlineMarkdown text={item.prompt} />
        </h2>
        {item.code ? (
          <div className="mb-4">
            <pre className="sandbox-output max-h-96" data-testid="quiz-program" aria-label="The program">
              {item.code}
            </pre>
          </div>
        ) : null}
        {item.kind === "recall" ? (
          revealed ? (
            <div>
              <p className="mb-3 text-sm">
                <Link href={item.modelAnswerHref ?? "#"} target="_blank" className="underline">
                  Open the model answer
                </Link>{" "}
                and compare. How well did you recall it?
              </p>
              <div className="flex flex-wrap gap-2">
                {RATINGS.map((rating, i) => (
                  <button
                    key={rating}
                    type="button"
                    disabled={pending}
                    onClick={() => submit(rating)}
                    className="rounded-md border border-slate-300 px-3 py-1.5 text-sm capitalize hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    <kbd className="mr-1 text-xs text-slate-500 dark:text-slate-400">{i + 1}</kbd>
                    {rating}
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <button type="button" onClick={() => setRevealed(true)} className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white dark:bg-slate-100 dark:text-slate-900">
              I have my answer: show the model answer
            </button>
          )
        ) : (
          <ItemInput item={{ ...item, literal: item.code !== null }} draft={draft} setDraft={setDraft} locked={answeredHere} />
        )}
        {error ? (
          <p className="mt-3 text-sm text-rose-600" role="alert">
            {error}
          </p>
        ) : null}
        {feedback ? (
          <AnswerFeedback correct={feedback.correct} answerText={feedback.correctAnswerText} explanation={feedback.explanation} literal={item.code !== null} testId="quiz-feedback">
            <p className="mt-1">
              <Link href={item.question.href} className="underline" target="_blank">
                Q{item.question.number}: <InlineMarkdown text={item.question.title} />
              </Link>
            </p>
          </AnswerFeedback>
        ) : null}
        <div className="mt-5 flex gap-2">
          {item.kind !== "recall" && !answeredHere ? (
            <button
              type="button"
              onClick={() => submit()}
              disabled={pending}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
              data-testid="submit-answer"
            >
              Submit <kbd className="ml-1 text-xs opacity-70">Enter</kbd>
            </button>
          ) : null}
          {answeredHere ? (
            // It takes the place of Submit, which had focus: focus moves on with it, so Tab and
            // Enter carry on from here instead of from the top of the page.
            <button
              type="button"
              autoFocus
              onClick={next}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
              data-testid="next-item"
            >
              Next <kbd className="ml-1 text-xs opacity-70">→</kbd>
            </button>
          ) : null}
          <button
            type="button"
            onClick={finish}
            disabled={pending}
            className="ml-auto rounded-md px-3 py-2 text-sm text-slate-500 dark:text-slate-400 hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            Finish now
          </button>
        </div>
      </section>
    </div>
  );
}

function labelOf(kind: NonNullable<TQuizView["items"][number]>["kind"]): string {
  switch (kind) {
    case "single_choice":
      return "Pick one";
    case "multiple_choice":
      return "Pick all that apply";
    case "true_false":
      return "True or false";
    case "matching":
      return "Match each fact";
    case "ordering":
      return "Put in order";
    case "short_text":
      return "Type the answer";
    case "recall":
      return "Recall";
  }
}
