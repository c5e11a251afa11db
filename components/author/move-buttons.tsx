"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { authorApi } from "@/lib/client/author-api";

/** Up and down in the bank's order: a move by one swaps two neighbours. */
export function MoveButtons({ questionId, number, last }: { questionId: string; number: number; last: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const move = async (to: number) => {
    setBusy(true);
    const result = await authorApi.move(questionId, to);
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.error.message);
  };
  return (
    <span className="flex shrink-0 items-center gap-1">
      <button type="button" className="sandbox-chip" disabled={busy || number <= 1} onClick={() => move(number - 1)} aria-label={`Move question ${number} up`}>
        ↑
      </button>
      <button type="button" className="sandbox-chip" disabled={busy || number >= last} onClick={() => move(number + 1)} aria-label={`Move question ${number} down`}>
        ↓
      </button>
      {error ? (
        <span role="alert" className="text-xs text-rose-600">
          {error}
        </span>
      ) : null}
    </span>
  );
}
