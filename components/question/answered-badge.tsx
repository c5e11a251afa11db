"use client";

import { useQuestionProgress } from "./question-progress";

export function AnsweredBadge() {
  const { progress } = useQuestionProgress();
  if (!progress?.answered) return null;
  return (
    <span className="rounded bg-emerald-700 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="answered-badge">
      ✓ Answered
    </span>
  );
}
