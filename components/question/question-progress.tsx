"use client";

import { useSession } from "next-auth/react";
import { announceAnswered } from "@/lib/client/request-json";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

type TProgress = { answered: boolean; attemptCount: number; predictions?: { itemKey: string; correct: boolean; createdAt: string }[] };
type TContext = { questionId: string; signedIn: boolean; progress: TProgress | null; markAnswered: () => void };

const ProgressContext = createContext<TContext | null>(null);

// The cached question page knows nothing about the reader; this loads their progress once the
// session is known and shares it between the header badge and the self-assessment.
export function QuestionProgressProvider({ questionId, children }: { questionId: string; children: ReactNode }) {
  const { status } = useSession();
  const [progress, setProgress] = useState<TProgress | null>(null);

  useEffect(() => {
    if (status !== "authenticated") return;
    const controller = new AbortController();
    fetch(`/api/me/questions/${encodeURIComponent(questionId)}`, { signal: controller.signal, cache: "no-store" })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { data?: TProgress } | null) => {
        if (body?.data) setProgress(body.data);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [questionId, status]);

  const markAnswered = useCallback(() => {
    setProgress((p) => ({ ...p, answered: true, attemptCount: (p?.attemptCount ?? 0) + 1 }));
    // Every graded answer moves a review card: the header's count follows.
    announceAnswered();
  }, []);
  return <ProgressContext.Provider value={{ questionId, signedIn: status === "authenticated", progress, markAnswered }}>{children}</ProgressContext.Provider>;
}

export function useQuestionProgress(): TContext {
  const value = useContext(ProgressContext);
  if (!value) throw new Error("useQuestionProgress must be used inside QuestionProgressProvider");
  return value;
}
