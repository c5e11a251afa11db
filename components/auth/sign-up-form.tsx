"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/app/sign-up/actions";
import type { TFieldErrors } from "@/lib/errors";
import { Field } from "./field";

export function SignUpForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<TFieldErrors>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setPending(true);
    setMessage(null);
    const result = await signUpAction(input);
    if (!result.ok) {
      setFields(result.error.fields ?? {});
      setMessage(result.error.message);
      setPending(false);
      return;
    }
    setFields({});
    const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    if (signedIn?.error) {
      router.push("/sign-in");
      return;
    }
    router.push("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <Field label="Name" name="name" autoComplete="name" required errors={fields.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={fields.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} errors={fields.password} />
      {message ? (
        <p className="text-sm text-rose-600" role="alert" data-testid="form-error">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900">
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
