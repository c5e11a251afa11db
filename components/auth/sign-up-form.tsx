"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/lib/client/request-json";
import type { TActionError } from "@/lib/errors";
import { Field } from "./field";
import { FormFooter } from "./form-footer";

export function SignUpForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<NonNullable<TActionError["fields"]>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setPending(true);
    setMessage(null);
    const created = await callApi("signUp", { body: input });
    if (!created.ok) {
      setFields(created.error.fields ?? {});
      setMessage(created.error.message);
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
      <FormFooter
        message={message}
        pending={pending}
        label="Create account"
        pendingLabel="Creating account…"
        prompt="Already have an account?"
        linkHref="/sign-in"
        linkText="Sign in"
      />
    </form>
  );
}
