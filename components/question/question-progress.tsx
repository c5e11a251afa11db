"use client";

import { useSession } from "next-auth/react";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import type { TQuestionProgress } from "@/lib/contracts/attempts";
import { announceAnswered, callApi } from "@/lib/client/request-json";

/** What the page knows: the server's answer, or just "answered" after an answer here. */
type TProgress = Pick<TQuestionProgress, "answered" | "attemptCount"> & Partial<Pick<TQuestionProgress, "predictions">>;
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
    void callApi("getQuestionProgress", { params: { questionId } }, { signal: controller.signal, cache: "no-store" }).then((result) => {
      if (result.ok) setProgress(result.data);
    });
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
