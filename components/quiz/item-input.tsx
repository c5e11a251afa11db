"use client";

import { SHORT_TEXT_MAX } from "@/lib/quiz/limits";
import type { TResponse } from "@/lib/quiz/schemas";
import type { TQuizItemView } from "@/lib/contracts/quizzes";
import { InlineMarkdown } from "@/components/inline-markdown";

export type TDraft = { choice: number | null; choices: number[]; pairs: (number | null)[]; order: number[]; text: string };

/** What answering needs to know about an item; `literal` options (a program's printed lines)
 * are shown verbatim in monospace instead of as markdown. */
export type TInputItem = Pick<TQuizItemView, "kind" | "options" | "items"> & { literal?: boolean };

export function emptyDraft(item: TInputItem): TDraft {
  return { choice: null, choices: [], pairs: (item.items ?? []).map(() => null), order: item.options.map((_, i) => i), text: "" };
}

// Turns what is on screen into the response the server grades; null while incomplete.
export function toResponse(item: TInputItem, draft: TDraft): TResponse | null {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
      return draft.choice === null ? null : { kind: item.kind, choice: draft.choice };
    case "multiple_choice":
      return draft.choices.length === 0 ? null : { kind: "multiple_choice", choices: [...draft.choices].sort((a, b) => a - b) };
    case "matching":
      return draft.pairs.some((p) => p === null) ? null : { kind: "matching", pairs: draft.pairs.map((p, i) => [i, p as number] as [number, number]) };
    case "ordering":
      return { kind: "ordering", order: draft.order };
    case "short_text":
      return draft.text.trim() === "" ? null : { kind: "short_text", text: draft.text };
    case "recall":
      return null;
  }
}

/** `disabledOption`: an option a hint has ruled out, shown struck through and not selectable. */
type TProps = { item: TInputItem; draft: TDraft; setDraft: (d: TDraft) => void; locked: boolean; disabledOption?: number | null };

function OptionText({ text, literal }: { text: string; literal: boolean | undefined }) {
  if (literal) return <code className="font-mono text-sm whitespace-pre-wrap">{text}</code>;
  return <InlineMarkdown text={text} />;
}

export function ItemInput({ item, draft, setDraft, locked, disabledOption = null }: TProps) {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
    case "multiple_choice": {
      const multi = item.kind === "multiple_choice";
      return (
        <ol className="space-y-2" role={multi ? "group" : "radiogroup"} aria-label="Options">
          {item.options.map((option, i) => {
            const selected = multi ? draft.choices.includes(i) : draft.choice === i;
            const ruledOut = disabledOption === i;
            return (
              // The list's role is the radio group's, so its items are not list items either.
              <li key={i} role="none">
                <button
                  type="button"
                  role={multi ? "checkbox" : "radio"}
                  aria-checked={selected}
                  disabled={locked || ruledOut}
                  onClick={() => setDraft(multi ? { ...draft, choices: selected ? draft.choices.filter((c) => c !== i) : [...draft.choices, i] } : { ...draft, choice: i })}
                  className={`flex w-full items-start gap-3 rounded-lg border px-3 py-2 text-left transition ${selected ? "border-sky-500 bg-sky-50 dark:bg-sky-950" : "border-slate-200 hover:border-slate-400 dark:border-slate-700"} ${ruledOut ? "line-through opacity-50" : ""}`}
                  data-testid={`option-${i + 1}`}
                >
                  <kbd className="mt-0.5 rounded border border-slate-300 px-1.5 text-xs text-slate-500 dark:text-slate-400 dark:border-slate-600">{i + 1}</kbd>
                  <span>
                    <OptionText text={option} literal={item.literal} />
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      );
    }
    case "matching":
      return (
        <ul className="space-y-2">
          {(item.items ?? []).map((fact, i) => (
            <li key={i} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-2 sm:flex-row sm:items-center dark:border-slate-700">
              <span className="flex-1 text-sm">
                <InlineMarkdown text={fact} />
              </span>
              <select
                aria-label={`Match for fact ${i + 1}`}
                disabled={locked}
                value={draft.pairs[i] ?? ""}
                onChange={(e) => setDraft({ ...draft, pairs: draft.pairs.map((p, j) => (j === i ? (e.target.value === "" ? null : Number(e.target.value)) : p)) })}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
              >
                <option value="">Choose…</option>
                {item.options.map((option, j) => (
                  <option key={j} value={j}>
                    {option}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      );
    case "ordering":
      return (
        <ol className="space-y-2" data-testid="quiz-ordering">
          {draft.order.map((optionIndex, i) => (
            <li key={optionIndex} className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
              <span className="w-6 text-sm text-slate-500 dark:text-slate-400">{i + 1}.</span>
              <span className="flex-1">
                <OptionText text={item.options[optionIndex] ?? ""} literal={item.literal} />
              </span>
              <button
                type="button"
                disabled={locked || i === 0}
                aria-label="Move up"
                onClick={() => setDraft({ ...draft, order: swap(draft.order, i, i - 1) })}
                className="px-2 disabled:opacity-30"
              >
                ↑
              </button>
              <button
                type="button"
                disabled={locked || i === draft.order.length - 1}
                aria-label="Move down"
                onClick={() => setDraft({ ...draft, order: swap(draft.order, i, i + 1) })}
                className="px-2 disabled:opacity-30"
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      );
    case "short_text":
      return (
        <input
          aria-label="Your answer"
          maxLength={SHORT_TEXT_MAX}
          disabled={locked}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
      );
    case "recall":
      return null;
  }
}

function swap(list: number[], a: number, b: number): number[] {
  const next = [...list];
  [next[a], next[b]] = [next[b]!, next[a]!];
  return next;
}
