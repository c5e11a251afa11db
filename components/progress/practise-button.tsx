"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/client/request-json";

/** Starts a quiz on exactly one tag of one bank. */
export function PractiseButton({ bank, tag }: { bank: string; tag: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "pending" | string>("idle");
  async function start() {
    setState("pending");
    const result = await callApi("startQuiz", { body: { bank, tags: [tag], count: 10 } });
    if (result.ok) router.push(`/quiz/${result.data.id}`);
    else setState(result.error.message);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={start}
        disabled={state === "pending"}
        className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800"
        data-testid={`practise-${tag}`}
      >
        Practise these
      </button>
      {state !== "idle" && state !== "pending" ? (
        <span role="alert" className="text-xs text-rose-600 dark:text-rose-400">
          {state}
        </span>
      ) : null}
    </span>
  );
}
