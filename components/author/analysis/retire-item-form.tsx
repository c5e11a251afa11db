"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authorApi } from "@/lib/client/author-api";

/** Switch an item off with a reason, or back on. */
export function RetireItemForm({ questionId, itemKey, retired }: { questionId: string; itemKey: string; retired: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await authorApi.retireItem(questionId, retired ? { itemKey, retired: false } : { itemKey, retired: true, reason });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else {
      setReason("");
      router.refresh();
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" data-testid="retire-form">
      {retired ? null : (
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs">
          <span className="font-medium text-slate-600 dark:text-slate-300">Why switch it off?</span>
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={300}
            placeholder="Two options are right; the prompt is ambiguous…"
            className="rounded-md border border-slate-300 bg-transparent px-2 py-1.5 text-sm dark:border-slate-700"
            data-testid="retire-reason"
          />
        </label>
      )}
      <button
        type="submit"
        disabled={busy || (!retired && reason.trim().length < 3)}
        className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${retired ? "border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800" : "bg-rose-700 text-white hover:bg-rose-600"}`}
        data-testid={retired ? "unretire-item" : "retire-item"}
      >
        {busy ? "Saving…" : retired ? "Offer it again" : "Retire item"}
      </button>
      {error ? (
        <p role="alert" className="w-full text-xs text-rose-700 dark:text-rose-400">
          {error}
        </p>
      ) : null}
    </form>
  );
}
