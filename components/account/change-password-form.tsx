"use client";

import { signIn, useSession } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/auth/field";
import { callApi } from "@/lib/client/request-json";
import type { TActionError } from "@/lib/errors";

export function ChangePasswordForm() {
  const { data } = useSession();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fields, setFields] = useState<NonNullable<TActionError["fields"]>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
    setPending(true);
    setMessage(null);
    const changed = await callApi("changePassword", { body: input });
    if (!changed.ok) {
      setFields(changed.error.fields ?? {});
      setMessage({ ok: false, text: changed.error.message });
      setPending(false);
      return;
    }
    setFields({});
    // The change ended every session, this one too: sign in again with the new password.
    const email = data?.user?.email;
    const again = email ? await signIn("credentials", { email, password: input.newPassword, redirect: false }) : null;
    setPending(false);
    formElement.reset();
    setMessage(again?.ok ? { ok: true, text: "Password changed. Other devices are signed out." } : { ok: true, text: "Password changed. Sign in again with the new one." });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={fields.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} errors={fields.newPassword} />
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700 dark:text-emerald-400" : "text-rose-600"}`} data-testid="password-message">
          {message.text}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
