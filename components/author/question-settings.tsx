"use client";

import { useState } from "react";
import type { TDraftContent, TQuestionStatus } from "@/lib/contracts/authoring";
import { TagInput } from "./tag-input";

type TProps = {
  content: TDraftContent;
  onChange: (content: TDraftContent) => void;
  fieldErrors: Record<string, string[]>;
  bankTags: string[];
  number: number;
  maxNumber: number;
  status: TQuestionStatus;
  busy: boolean;
  onMove: (to: number) => void;
  onArchive: (archived: boolean) => void;
};

const inputClass = "w-full rounded-md border border-slate-300 bg-transparent px-2 py-1.5 text-sm dark:border-slate-700";

function FieldError({ messages }: { messages?: string[] }) {
  return messages?.[0] ? <p className="mt-1 text-xs text-rose-600 dark:text-rose-400">{messages[0]}</p> : null;
}

/** The question's front matter as a form (title, difficulty, tags, status), and where it sits in
 * the bank. Title, difficulty and tags belong to the version being edited; number and status to
 * the question. */
export function QuestionSettings({ content, onChange, fieldErrors, bankTags, number, maxNumber, status, busy, onMove, onArchive }: TProps) {
  const [target, setTarget] = useState(String(number));
  const to = Number(target);
  const canMove = Number.isInteger(to) && to >= 1 && to <= maxNumber && to !== number;
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_auto] dark:border-slate-800">
      <legend className="px-1 text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">Front matter</legend>
      <label className="block text-sm sm:col-span-2">
        <span className="mb-1 block font-medium">Title</span>
        <input value={content.title} onChange={(event) => onChange({ ...content, title: event.target.value })} maxLength={200} className={inputClass} data-testid="title-input" />
        <FieldError messages={fieldErrors["content.title"]} />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Tags</span>
        <TagInput tags={content.tags} suggestions={bankTags} onChange={(tags) => onChange({ ...content, tags })} />
        <FieldError messages={fieldErrors["content.tags"]} />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Difficulty</span>
        <select
          value={content.difficulty}
          onChange={(event) => onChange({ ...content, difficulty: event.target.value as TDraftContent["difficulty"] })}
          className={inputClass}
          data-testid="difficulty-select"
        >
          <option value="easy">easy</option>
          <option value="medium">medium</option>
          <option value="hard">hard</option>
        </select>
      </label>
      <div className="flex flex-wrap items-end gap-2 text-sm sm:col-span-2">
        <label className="block">
          <span className="mb-1 block font-medium">Number</span>
          <input
            type="number"
            min={1}
            max={maxNumber}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            className={`${inputClass} w-24`}
            data-testid="number-input"
          />
        </label>
        <button type="button" className="sandbox-button" disabled={busy || !canMove} onClick={() => onMove(to)} data-testid="move-question">
          Move to {canMove ? to : "…"}
        </button>
        <span className="ml-auto flex items-center gap-2">
          <span className="text-slate-500 dark:text-slate-400">
            Status: <strong className="font-medium text-slate-700 dark:text-slate-200">{status}</strong>
          </span>
          {status === "archived" ? (
            <button type="button" className="sandbox-button" disabled={busy} onClick={() => onArchive(false)} data-testid="unarchive">
              Unarchive
            </button>
          ) : (
            <button type="button" className="sandbox-button" disabled={busy} onClick={() => onArchive(true)} data-testid="archive">
              Archive
            </button>
          )}
        </span>
      </div>
    </fieldset>
  );
}
