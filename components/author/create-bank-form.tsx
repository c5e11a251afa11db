"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { slugify } from "@/lib/content/slugify";
import { authorApi } from "@/lib/client/author-api";

const inputClass = "mt-1 w-full rounded-md border border-slate-300 bg-transparent px-2 py-1.5 text-sm dark:border-slate-700";

export function CreateBankForm() {
  const router = useRouter();
  const [form, setForm] = useState({ name: "", slug: "", emoji: "", description: "" });
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value, ...(key === "name" && !slugTouched ? { slug: slugify(value).slice(0, 60) } : {}) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await authorApi.createBank(form);
    setBusy(false);
    if (result.ok) router.push(result.data.href);
    else {
      setErrors(result.error.fields ?? {});
      setMessage(result.error.message);
    }
  };
  const field = (key: keyof typeof form, label: string, props: { placeholder?: string; maxLength?: number } = {}) => (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <input
        value={form[key]}
        onChange={(event) => {
          if (key === "slug") setSlugTouched(true);
          set(key, event.target.value);
        }}
        className={inputClass}
        name={key}
        {...props}
      />
      {errors[key]?.[0] ? <span className="mt-1 block text-xs text-rose-600 dark:text-rose-400">{errors[key][0]}</span> : null}
    </label>
  );
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-[1fr_6rem] dark:border-slate-800" data-testid="create-bank-form">
      {field("name", "Name", { placeholder: "Go", maxLength: 60 })}
      {field("emoji", "Emoji", { placeholder: "🐹", maxLength: 16 })}
      <div className="sm:col-span-2">{field("slug", "Slug (the bank's address)", { placeholder: "go", maxLength: 60 })}</div>
      <div className="sm:col-span-2">{field("description", "Description", { placeholder: "One sentence for the home page.", maxLength: 300 })}</div>
      {message ? (
        <p role="alert" className="text-sm text-rose-700 sm:col-span-2 dark:text-rose-400" data-testid="create-bank-error">
          {message}
        </p>
      ) : null}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900"
        >
          {busy ? "Creating…" : "Create bank"}
        </button>
      </div>
    </form>
  );
}
