"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { callApi } from "@/lib/client/request-json";

export function SignOutEverywhere() {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");

  async function endAll() {
    setState("pending");
    const ended = await callApi("signOutEverywhere");
    if (!ended.ok) {
      setState("failed");
      return;
    }
    // The token in this browser is dead already; this clears its cookie and leaves the page.
    await signOut({ callbackUrl: "/sign-in" });
  }

  return (
    <div className="mt-3">
      <button
        type="button"
        onClick={endAll}
        disabled={state === "pending"}
        className="rounded-md border border-rose-300 px-3 py-1.5 text-sm font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950"
      >
        {state === "pending" ? "Signing out…" : "Sign out everywhere"}
      </button>
      {state === "failed" ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          Could not sign out everywhere. Check your connection and try again.
        </p>
      ) : null}
    </div>
  );
}
