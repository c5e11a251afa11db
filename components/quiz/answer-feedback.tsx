import type { ReactNode } from "react";
import { InlineMarkdown } from "@/components/inline-markdown";

type TProps = { correct: boolean; answerText: string; explanation: string; literal: boolean; testId: string; children?: ReactNode };

/** After a graded answer: right or not, the right answer (verbatim when it is a program's
 * output), the explanation, and whatever the caller adds below. */
export function AnswerFeedback({ correct, answerText, explanation, literal, testId, children }: TProps) {
  return (
    <div className={`mt-4 rounded-lg p-3 text-sm ${correct ? "bg-emerald-50 dark:bg-emerald-950" : "bg-rose-50 dark:bg-rose-950"}`} data-testid={testId}>
      <p className="font-semibold">{correct ? "✓ Correct" : "✗ Not quite"}</p>
      <p className="mt-1">Answer: {literal ? <code className="font-mono whitespace-pre-wrap">{answerText}</code> : <InlineMarkdown text={answerText} />}</p>
      {explanation ? (
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          <InlineMarkdown text={explanation} />
        </p>
      ) : null}
      {children}
    </div>
  );
}
