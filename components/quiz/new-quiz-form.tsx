"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/lib/client/request-json";

type TProps = { bank: string; tags: { tag: string; count: number }[] };

export function NewQuizForm({ bank, tags }: TProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      bank,
      count: Number(form.get("count")),
      feedback: pick(form.get("feedback"), ["immediate", "deferred"] as const),
      source: pick(form.get("source"), ["all", "generated", "recall"] as const),
      tags: form.getAll("tags").map(String),
      difficulty: pick(form.get("difficulty"), ["easy", "medium", "hard"] as const),
    };
    setPending(true);
    setError(null);
    const started = await callApi("startQuiz", { body });
    setPending(false);
    if (!started.ok) {
      setError(started.error.message);
      return;
    }
    router.push(`/quiz/${started.data.id}`);
  }

  const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900";
  return (
    <form onSubmit={onSubmit} className="mt-6 grid gap-4 sm:grid-cols-2">
      <label className="text-sm font-medium">
        Items
        <input name="count" type="number" min={1} max={50} defaultValue={10} className={select} />
      </label>
      <label className="text-sm font-medium">
        Feedback
        <select name="feedback" defaultValue="immediate" className={select}>
          <option value="immediate">Immediate: mark each answer</option>
          <option value="deferred">Deferred: marks at the end</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Item types
        <select name="source" defaultValue="all" className={select}>
          <option value="all">Everything</option>
          <option value="generated">Generated from comparison tables</option>
          <option value="recall">Recall cards</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Difficulty
        <select name="difficulty" defaultValue="" className={select}>
          <option value="">Any</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
      </label>
      {/* Closed until wanted: a bank has a hundred tags or more, and a keyboard user would
          otherwise Tab through every one of them to reach Start. */}
      <details className="sm:col-span-2">
        <summary className="cursor-pointer text-sm font-medium">Tags (optional)</summary>
        <fieldset className="mt-2 flex max-h-40 flex-wrap gap-2 overflow-y-auto">
          <legend className="sr-only">Tags</legend>
          {tags.map(({ tag, count }) => (
            <label key={tag} className="flex items-center gap-1 rounded-full border border-slate-200 px-2 py-0.5 text-xs dark:border-slate-700">
              <input type="checkbox" name="tags" value={tag} /> {tag} <span className="text-slate-500 dark:text-slate-400">{count}</span>
            </label>
          ))}
        </fieldset>
      </details>
      {error ? (
        <p className="text-sm text-rose-600 sm:col-span-2" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 sm:col-span-2 dark:bg-slate-100 dark:text-slate-900"
        data-testid="start-quiz"
      >
        {pending ? "Starting…" : "Start quiz"}
      </button>
    </form>
  );
}

/** A select's value when it is one of its options; otherwise the server's default applies. */
function pick<T extends string>(value: FormDataEntryValue | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}
