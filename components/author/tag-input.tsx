"use client";

import { useId, useState, type KeyboardEvent } from "react";

type TProps = { tags: string[]; suggestions: string[]; onChange: (tags: string[]) => void; max?: number };

const TAG = /^[a-z0-9][a-z0-9-]*$/;

/** Tags as removable chips, with the bank's existing tags offered as the author types (a native
 * datalist: keyboard and screen-reader support come with the browser). */
export function TagInput({ tags, suggestions, onChange, max = 8 }: TProps) {
  const listId = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = (raw: string) => {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, "-");
    if (!tag) return;
    if (!TAG.test(tag)) return setError("Tags are lowercase letters, digits and hyphens.");
    if (tags.length >= max) return setError(`At most ${max} tags.`);
    setError(null);
    setText("");
    if (!tags.includes(tag)) onChange([...tags, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(text);
    } else if (event.key === "Backspace" && text === "" && tags.length > 0) onChange(tags.slice(0, -1));
  };
  return (
    <div>
      <div className="flex min-h-9 flex-wrap items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 focus-within:ring-2 focus-within:ring-sky-500/40 dark:border-slate-700">
        {tags.map((tag) => (
          <span
            key={tag}
            className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200"
            data-testid="tag-chip"
          >
            {tag}
            <button
              type="button"
              onClick={() => onChange(tags.filter((t) => t !== tag))}
              className="text-slate-500 dark:text-slate-400 hover:text-rose-600"
              aria-label={`Remove tag ${tag}`}
            >
              ×
            </button>
          </span>
        ))}
        <input
          list={listId}
          value={text}
          onChange={(event) => {
            const value = event.target.value;
            // Picking a suggestion fills the whole value at once: take it as a tag.
            if (suggestions.includes(value) && !tags.includes(value)) add(value);
            else setText(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => add(text)}
          placeholder={tags.length === 0 ? "Add tags…" : ""}
          aria-label="Add a tag"
          className="min-w-24 flex-1 bg-transparent py-0.5 text-sm outline-none"
        />
        <datalist id={listId}>
          {suggestions
            .filter((tag) => !tags.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
      {error ? <p className="mt-1 text-xs text-rose-600 dark:text-rose-400">{error}</p> : null}
    </div>
  );
}
