"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { callApi } from "@/lib/client/request-json";
import { API_SCOPES, type TApiScope } from "@/lib/contracts/endpoint";
import type { TApiTokenView, TCreatedApiToken } from "@/lib/contracts/tokens";

type TProps = { initial: TApiTokenView[]; canAuthor: boolean };

const SCOPE_HELP: Record<TApiScope, string> = {
  read: "read banks, questions, your quizzes, attempts, review queue and progress",
  write: "start and answer quizzes, record attempts, answer reviews",
  author: "save and publish question versions",
};

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900";
const button = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";

// The day in UTC, the same on the server and in the browser, so hydration never differs.
const formatDate = (iso: string) => iso.slice(0, 10);

/** Personal access tokens for /api/v1: make one (shown once), see which exist, revoke them. */
export function ApiTokens({ initial, canAuthor }: TProps) {
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<TCreatedApiToken | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [copied, setCopied] = useState(false);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const scopes = API_SCOPES.filter((scope) => data.get(`scope-${scope}`) === "on");
    setPending(true);
    setError(null);
    const result = await callApi("createApiToken", { body: { name: String(data.get("name") ?? ""), scopes } });
    setPending(false);
    if (!result.ok) {
      setError(result.error.fields ? (Object.values(result.error.fields).flat()[0] ?? result.error.message) : result.error.message);
      return;
    }
    const { id, name, hint, scopes: granted, createdAt, lastUsedAt } = result.data;
    setCreated(result.data);
    setCopied(false);
    setTokens((list) => [{ id, name, hint, scopes: granted, createdAt, lastUsedAt }, ...list]);
    form.reset();
  }

  async function onRevoke(token: TApiTokenView) {
    if (!window.confirm(`Revoke "${token.name}"? Anything using it stops working at once.`)) return;
    const result = await callApi("revokeApiToken", { params: { tokenId: token.id } });
    if (!result.ok && result.error.code !== "NOT_FOUND") {
      setError(result.error.message);
      return;
    }
    setTokens((list) => list.filter((t) => t.id !== token.id));
    if (created?.id === token.id) setCreated(null);
  }

  async function copy(text: string) {
    await navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <div className="mt-2 space-y-5 text-sm" data-testid="api-tokens">
      <p className="text-slate-600 dark:text-slate-400">
        Scripts and other tools use the{" "}
        <Link className="underline" href="/api/docs">
          public API
        </Link>{" "}
        with a token, sent as <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as you within its scopes; keep it secret and revoke it when you no longer use it.
      </p>

      {created ? (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950" data-testid="new-token">
          <p className="font-medium text-emerald-900 dark:text-emerald-200">Copy “{created.name}” now: it is shown only this once.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100"
              data-testid="new-token-value"
            >
              {created.token}
            </code>
            <button type="button" className={button} onClick={() => copy(created.token)}>
              {copied ? "Copied" : "Copy"}
            </button>
            <button type="button" className={button} onClick={() => setCreated(null)}>
              Done
            </button>
          </div>
        </div>
      ) : null}

      <form onSubmit={onCreate} className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end" data-testid="new-token-form">
        <label className="font-medium">
          Token name
          <input name="name" required maxLength={60} placeholder="e.g. Anki sync on my laptop" className={field} />
        </label>
        <fieldset className="sm:col-span-2">
          <legend className="font-medium">Scopes</legend>
          <div className="mt-1 space-y-1">
            {API_SCOPES.map((scope) => (
              <label key={scope} className={`flex items-start gap-2 ${scope === "author" && !canAuthor ? "opacity-50" : ""}`}>
                <input type="checkbox" name={`scope-${scope}`} defaultChecked={scope === "read"} disabled={scope === "author" && !canAuthor} className="mt-0.5 accent-sky-600" />
                <span>
                  <code>{scope}</code>: {SCOPE_HELP[scope]}
                  {scope === "author" && !canAuthor ? " (authors only)" : ""}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60">
            {pending ? "Making…" : "Make token"}
          </button>
        </div>
      </form>
      {error ? (
        <p role="alert" className="text-rose-600 dark:text-rose-400">
          {error}
        </p>
      ) : null}

      {tokens.length === 0 ? (
        <p className="text-slate-500 dark:text-slate-400">No tokens yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700" data-testid="token-list">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2" data-testid="token-row">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{token.name}</p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  <code>{token.hint}…</code> · {token.scopes.join(", ")} · made {formatDate(token.createdAt)} ·{" "}
                  {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : "never used"}
                </p>
              </div>
              <button
                type="button"
                onClick={() => onRevoke(token)}
                className="rounded-md border border-rose-300 px-3 py-1 text-rose-700 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950"
                aria-label={`Revoke ${token.name}`}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
