"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TDraftContent } from "@/lib/contracts/authoring";
import { authorApi } from "@/lib/client/author-api";
import { TagInput } from "./tag-input";

const inputClass = "mt-1 w-full rounded-md border border-slate-300 bg-transparent px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950";

/** A new draft question: at the end of the bank, or at a number (the questions from there on
 * move up by one). It opens in the editor. */
export function CreateQuestionForm({ bank, next, tags: suggestions }: { bank: string; next: number; tags: string[] }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [difficulty, setDifficulty] = useState<TDraftContent["difficulty"]>("medium");
  const [tags, setTags] = useState<string[]>([]);
  const [number, setNumber] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await authorApi.createQuestion({ bank, title, difficulty, tags, ...(number ? { number: Number(number) } : {}) });
    setBusy(false);
    if (result.ok) router.push(result.data.href);
    else {
      setErrors(result.error.fields ?? {});
      setMessage(result.error.message);
    }
  };
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 dark:border-slate-800" data-testid="create-question-form">
      <label className="block text-sm sm:col-span-2">
        <span className="font-medium">Title</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} className={inputClass} name="title" placeholder="What does the question ask?" />
        {errors.title?.[0] ? <span className="mt-1 block text-xs text-rose-600 dark:text-rose-400">{errors.title[0]}</span> : null}
      </label>
      <label className="block text-sm">
        <span className="font-medium">Difficulty</span>
        <select value={difficulty} onChange={(event) => setDifficulty(event.target.value as TDraftContent["difficulty"])} className={inputClass} name="difficulty">
          <option value="easy">easy</option>
          <option value="medium">medium</option>
          <option value="hard">hard</option>
        </select>
      </label>
      <label className="block text-sm">
        <span className="font-medium">Number</span>
        <input
          type="number"
          min={1}
          max={next}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          className={inputClass}
          name="number"
          placeholder={`${next} (next free)`}
        />
        <span className="mt-1 block text-xs text-slate-500 dark:text-slate-400">A taken number inserts the question there and moves the rest up.</span>
        {errors.number?.[0] ? <span className="mt-1 block text-xs text-rose-600 dark:text-rose-400">{errors.number[0]}</span> : null}
      </label>
      <div className="block text-sm sm:col-span-2">
        <span className="mb-1 block font-medium">Tags</span>
        <TagInput tags={tags} suggestions={suggestions} onChange={setTags} />
      </div>
      {message ? (
        <p role="alert" className="text-sm text-rose-700 sm:col-span-2 dark:text-rose-400" data-testid="create-question-error">
          {message}
        </p>
      ) : null}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900"
        >
          {busy ? "Creating…" : "Create draft question"}
        </button>
      </div>
    </form>
  );
}
