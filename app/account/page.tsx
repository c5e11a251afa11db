import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { getActor } from "@/lib/server/auth/get-actor";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  if (!(await getActor())) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/account")}`);
  return (
    <div className="mx-auto max-w-sm space-y-10">
      <h1 className="text-2xl font-bold tracking-tight">Account</h1>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Every other device you are signed in on is signed out.</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="font-semibold">
          Sessions
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Signed in on a computer you no longer use? End every session, this one included.</p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
