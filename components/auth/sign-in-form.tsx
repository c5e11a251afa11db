"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "./field";
import { FormFooter } from "./form-footer";
import { toSameOriginPath } from "./same-origin-path";

export function SignInForm() {
  const router = useRouter();
  const search = useSearchParams();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
    setPending(false);
    if (!result || result.error) {
      setMessage(result?.error === "RateLimited" ? "Too many sign-in attempts. Wait a few minutes and try again." : "Wrong email or password.");
      return;
    }
    // Only same-site paths: an open redirect here would make a phishing link look like ours.
    router.push(toSameOriginPath(search.get("callbackUrl"), window.location.origin));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormFooter message={message} pending={pending} label="Sign in" pendingLabel="Signing in…" prompt="New here?" linkHref="/sign-up" linkText="Create an account" />
    </form>
  );
}
