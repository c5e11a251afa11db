"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/client/request-json";
import type { TQuizView } from "@/lib/contracts/quizzes";
import { describeResponse } from "./describe-response";
import { InlineMarkdown } from "@/components/inline-markdown";

export function QuizReview({ quiz }: { quiz: TQuizView }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const mistakes = quiz.items.filter((i) => !i.result?.correct).length;

  async function retake() {
    setError(null);
    const retake = await callApi("retakeQuiz", { params: { quizId: quiz.id } });
    if (!retake.ok) {
      setError(retake.error.message);
      return;
    }
    router.push(`/quiz/${retake.data.id}`);
  }

  return (
    <div>
      <section className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
        <p className="text-sm text-slate-500 dark:text-slate-400">Your score</p>
        <p className="text-3xl font-bold" data-testid="quiz-score">
          {quiz.score.correct} / {quiz.score.total}
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          {mistakes > 0 ? (
            <button
              type="button"
              onClick={retake}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
              data-testid="retake-mistakes"
            >
              Retake my mistakes ({mistakes})
            </button>
          ) : (
            <p className="text-sm text-emerald-700 dark:text-emerald-400">No mistakes. Well done.</p>
          )}
          <Link href={`/quiz/new?bank=${quiz.bank.slug}`} className="rounded-md px-4 py-2 text-sm underline">
            New quiz
          </Link>
        </div>
        {error ? <p className="mt-2 text-sm text-rose-600">{error}</p> : null}
      </section>
      <ol className="mt-6 space-y-4">
        {quiz.items.map((item) => (
          <li key={item.position} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid={`review-item-${item.position + 1}`}>
            <p className="text-sm font-semibold">
              <span className={item.result?.correct ? "text-emerald-600" : "text-rose-600"}>{item.result?.correct ? "✓" : "✗"}</span> {item.position + 1}.{" "}
              <InlineMarkdown text={item.prompt} />
            </p>
            {item.result ? (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-500 dark:text-slate-400">You said</dt>
                <dd>
                  <InlineMarkdown text={describeResponse(item, item.result.response)} />
                </dd>
                <dt className="text-slate-500 dark:text-slate-400">Answer</dt>
                <dd>
                  <InlineMarkdown text={item.result.correctAnswerText} />
                </dd>
                <dt className="text-slate-500 dark:text-slate-400">Why</dt>
                <dd>
                  <InlineMarkdown text={item.result.explanation} />{" "}
                  <Link href={item.question.href} className="underline">
                    Q{item.question.number}
                  </Link>
                </dd>
              </dl>
            ) : (
              <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
                Not answered.{" "}
                <Link href={item.question.href} className="underline">
                  Q{item.question.number}: <InlineMarkdown text={item.question.title} />
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
