"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TBankImportPreview, TBankImportResult } from "@/lib/contracts/exchange";
import { uploadZip } from "@/lib/client/upload-zip";
import { ImportPreview } from "./import-preview";

type TState = { step: "choose" } | { step: "preview"; preview: TBankImportPreview } | { step: "done"; result: TBankImportResult };

const button = "rounded-md px-4 py-2 text-sm font-medium disabled:opacity-50";

/** Upload a zipped bank folder: first a preview of every change, nothing written; then Apply
 * (sends the same file with the preview's token) or Cancel. `into`: the bank being updated; null
 * makes a new bank. */
export function BankImport({ into }: { into: string | null }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<TState>({ step: "choose" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  const base = `/api/author/bank-imports${into ? `?into=${encodeURIComponent(into)}` : ""}`;

  const preview = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!file) return;
    setBusy("preview");
    setError(null);
    const result = await uploadZip<TBankImportPreview>(base, file);
    setBusy(null);
    if (result.ok) setState({ step: "preview", preview: result.data });
    else setError(result.error.message);
  };

  const apply = async (token: string) => {
    if (!file) return;
    setBusy("apply");
    setError(null);
    const result = await uploadZip<TBankImportResult>(`${base}${into ? "&" : "?"}apply=${token}`, file);
    setBusy(null);
    if (result.ok) {
      setState({ step: "done", result: result.data });
      router.refresh();
    } else setError(result.error.message);
  };

  const reset = () => {
    setState({ step: "choose" });
    setError(null);
  };

  return (
    <div className="mt-3 space-y-4" data-testid="bank-import">
      <form onSubmit={preview} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">Zip of a bank folder (bank.md and its question files, at most 20 MB)</span>
          <input
            type="file"
            accept=".zip,application/zip"
            data-testid="import-file"
            className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:bg-slate-800 dark:file:text-slate-100"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
        <button
          type="submit"
          disabled={!file || busy !== null || state.step === "preview"}
          className={`${button} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300`}
        >
          {busy === "preview" ? "Reading the zip…" : "Preview"}
        </button>
      </form>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-200"
          data-testid="import-error"
        >
          {error}
        </p>
      ) : null}
      {state.step === "preview" ? (
        <>
          <ImportPreview preview={state.preview} />
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={() => apply(state.preview.token)}
              disabled={busy !== null || !hasChanges(state.preview)}
              className={`${button} bg-emerald-700 text-white hover:bg-emerald-600`}
              data-testid="import-apply"
            >
              {busy === "apply" ? "Applying…" : "Apply these changes"}
            </button>
            <button
              type="button"
              onClick={reset}
              disabled={busy !== null}
              className={`${button} border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800`}
              data-testid="import-cancel"
            >
              Cancel
            </button>
            {error && /preview the zip again/i.test(error) ? (
              <button type="button" onClick={() => preview()} className="text-sm text-sky-700 underline dark:text-sky-400">
                Preview again
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {state.step === "done" ? (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100"
          data-testid="import-done"
        >
          Imported: {state.result.created} new, {state.result.updated} changed, {state.result.archived} archived, {state.result.unchanged} unchanged
          {state.result.skipped > 0 ? `, ${state.result.skipped} files skipped` : ""}.{" "}
          <Link href={state.result.href} className="font-medium underline">
            Open the bank
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function hasChanges(preview: TBankImportPreview): boolean {
  return preview.bank.isNew || preview.bank.changes.length > 0 || preview.creates.length + preview.updates.length + preview.archives.length > 0;
}
